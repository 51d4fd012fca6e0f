// The intake questionnaire, written as a form definition: the same JSON a
// clinic would write by hand, so it reads as what the client sees. The host
// validates it on every form() call and the integration tests check it too.
#include "intake_form.hpp"

namespace intake {

const char* form_version() {
    return "1.1.0";  // as "version" below
}

const char* form_text() {
    return R"json({
  "id": "intake",
  "title": "Getting to know you",
  "version": "1.1.0",
  "kind": "questionnaire",
  "respondent": "client",
  "instructions": "Thank you for taking the time to fill this in. It helps your counselor understand you and your marriage before you meet, so your first session can start with what matters most. Answer as much as you are comfortable with; anything you leave out can be talked about in person. If you are coming as a couple, each of you fills in your own copy.",
  "sections": [
    {
      "id": "contact",
      "title": "About you and your household",
      "items": [
        {"id": "full_name", "type": "text", "required": true,
         "text": "Your full name"},
        {"id": "preferred_name", "type": "text",
         "text": "What would you like us to call you?"},
        {"id": "date_of_birth", "type": "date",
         "text": "Date of birth"},
        {"id": "phone", "type": "text",
         "text": "Phone number"},
        {"id": "email", "type": "text",
         "text": "Email address"},
        {"id": "address", "type": "long_text",
         "text": "Home address"},
        {"id": "contact_way", "type": "choice",
         "text": "How would you like us to reach you?",
         "options": [
           {"value": "phone", "label": "A phone call"},
           {"value": "text_message", "label": "A text message"},
           {"value": "email", "label": "Email"}
         ]},
        {"id": "leave_message", "type": "boolean",
         "text": "May we leave a message that says who we are?",
         "help": "Say no if someone else reads your messages or answers your phone; we will simply ask you to call back."},
        {"id": "occupation", "type": "text",
         "text": "What do you do for work, or how do you spend your days?"},
        {"id": "household", "type": "long_text",
         "text": "Who lives in your home?",
         "help": "First names, ages and how each is related to you."}
      ]
    },
    {
      "id": "marriage",
      "title": "Your marriage",
      "items": [
        {"id": "relationship_status", "type": "choice", "required": true,
         "text": "Which describes you best right now?",
         "options": [
           {"value": "married", "label": "Married and living together"},
           {"value": "separated", "label": "Married and living apart"},
           {"value": "engaged", "label": "Engaged or planning to marry"},
           {"value": "other", "label": "Something else"}
         ]},
        {"id": "spouse_name", "type": "text",
         "text": "Your spouse's name (or your fiancé's or fiancée's)"},
        {"id": "years_married", "type": "integer", "min": 0, "max": 80,
         "text": "How many years have you been married?",
         "help": "Write 0 if you are not married yet."},
        {"id": "wedding_date", "type": "date",
         "text": "The date of your wedding, if you would like to give it"},
        {"id": "previous_marriage", "type": "boolean", "required": true,
         "text": "Have you or your spouse been married before?"},
        {"id": "previous_marriage_details", "type": "long_text",
         "enable_when": [{"item": "previous_marriage", "op": "=", "value": true}],
         "text": "Tell us a little about the earlier marriage or marriages.",
         "help": "Whose it was, how long it lasted, how it ended, and whether there are children from it."},
        {"id": "has_children", "type": "boolean", "required": true,
         "text": "Do you have children, together or from an earlier relationship?"},
        {"id": "children", "type": "long_text",
         "enable_when": [{"item": "has_children", "op": "=", "value": true}],
         "text": "Please list your children.",
         "help": "First name, age, whose child each is, and whether they live with you."}
      ]
    },
    {
      "id": "concerns",
      "title": "What brings you here",
      "items": [
        {"id": "concerns", "type": "multi_choice", "required": true,
         "text": "Which of these are part of what brings you to counseling? Tick all that apply.",
         "options": [
           {"value": "communication", "label": "We can't seem to talk to each other any more"},
           {"value": "little_sex", "label": "Little or no sexual closeness"},
           {"value": "pursue_withdraw", "label": "One of us pushes for closeness while the other pulls away"},
           {"value": "pornography", "label": "Pornography"},
           {"value": "affair", "label": "An affair, physical or emotional"},
           {"value": "bitterness", "label": "Bitterness, resentment or constant criticism"},
           {"value": "finances", "label": "Money and finances"},
           {"value": "parenting", "label": "Parenting"},
           {"value": "in_laws", "label": "In-laws or extended family"},
           {"value": "anger", "label": "Anger"},
           {"value": "substance_use", "label": "Alcohol, drugs or another addiction"},
           {"value": "faith_differences", "label": "Differences in faith"},
           {"value": "other", "label": "Something else"}
         ]},
        {"id": "concerns_other", "type": "text", "required": true,
         "enable_when": [{"item": "concerns", "op": "=", "value": "other"}],
         "text": "What else brings you here?"},
        {"id": "story", "type": "long_text",
         "text": "In your own words, what is going on?",
         "help": "A few sentences are plenty."},
        {"id": "how_long", "type": "choice",
         "text": "How long has this been hard?",
         "options": [
           {"value": "months", "label": "Less than six months"},
           {"value": "one_two_years", "label": "Six months to two years"},
           {"value": "two_five_years", "label": "Two to five years"},
           {"value": "longer", "label": "More than five years"}
         ]},
        {"id": "spouse_coming", "type": "choice",
         "text": "Is your spouse coming to counseling with you?",
         "options": [
           {"value": "yes", "label": "Yes"},
           {"value": "not_yet", "label": "Not yet, but maybe later"},
           {"value": "no", "label": "No"},
           {"value": "not_sure", "label": "I don't know"}
         ]},
        {"id": "commitment", "type": "scale", "min": 1, "max": 5,
         "labels": ["I am ready to give up", "Unsure", "Somewhat", "Committed", "Fully committed"],
         "text": "How committed are you to working on your marriage right now?"}
      ]
    },
    {
      "id": "goals",
      "title": "Your hopes",
      "items": [
        {"id": "goals", "type": "long_text", "required": true,
         "text": "What would you like to be different by the time counseling ends?"},
        {"id": "first_sign", "type": "long_text",
         "text": "What would be a first small sign that things are getting better?"}
      ]
    },
    {
      "id": "faith",
      "title": "Faith and church",
      "items": [
        {"id": "faith_background", "type": "long_text",
         "text": "Tell us about your faith, past and present.",
         "help": "There is no right answer. Your counselor wants to understand where you are, whatever that is."},
        {"id": "faith_importance", "type": "scale", "min": 1, "max": 5,
         "labels": ["Not important", "Very important"],
         "text": "How important is your faith to you today?"},
        {"id": "attends_church", "type": "boolean",
         "text": "Are you part of a church or faith community?"},
        {"id": "church_name", "type": "text",
         "enable_when": [{"item": "attends_church", "op": "=", "value": true}],
         "text": "Which church or community?"},
        {"id": "pastor_knows", "type": "choice",
         "enable_when": [{"item": "attends_church", "op": "=", "value": true}],
         "text": "Does your pastor know you are seeking counseling?",
         "options": [
           {"value": "yes", "label": "Yes"},
           {"value": "no", "label": "No"},
           {"value": "rather_not_say", "label": "I would rather not say"}
         ]},
        {"id": "prayer_in_sessions", "type": "choice",
         "text": "Would you like prayer to be part of your sessions?",
         "options": [
           {"value": "yes", "label": "Yes"},
           {"value": "sometimes", "label": "Sometimes"},
           {"value": "no", "label": "No, thank you"},
           {"value": "not_sure", "label": "I'm not sure yet"}
         ]}
      ]
    },
    {
      "id": "earlier_counseling",
      "title": "Counseling in the past",
      "items": [
        {"id": "had_counseling", "type": "boolean", "required": true,
         "text": "Have you had counseling before, on your own or as a couple?"},
        {"id": "counseling_details", "type": "long_text",
         "enable_when": [{"item": "had_counseling", "op": "=", "value": true}],
         "text": "Tell us about it.",
         "help": "When it was, with whom, what it was about, and what helped or did not."}
      ]
    },
    {
      "id": "health",
      "title": "Your health",
      "items": [
        {"id": "health_conditions", "type": "long_text",
         "text": "Do you have any physical or mental health conditions we should know about?",
         "help": "For example chronic pain, depression, anxiety, or a recent diagnosis."},
        {"id": "medications", "type": "long_text",
         "text": "Which medications do you take?",
         "help": "Name and dose if you know them, including anything for sleep, mood or pain."},
        {"id": "doctor", "type": "text",
         "text": "Your doctor's name, if you would like us to have it"},
        {"id": "sleep_appetite", "type": "boolean",
         "text": "Have your sleep or appetite changed a lot in the last few months?"}
      ]
    },
    {
      "id": "risk",
      "title": "Your safety",
      "items": [
        {"id": "risk_intro", "type": "display",
         "text": "We ask everyone these questions, because some things cannot wait. If you or someone else is in danger right now, call your local emergency number (911 in the US) before going on. Your answers here go to your counselor only; they are never shared with your spouse or printed for both of you."},
        {"id": "self_harm", "type": "boolean", "required": true, "private": true,
         "text": "In the last few months, have you had thoughts of ending your life or of hurting yourself?",
         "flag": {"when": {"op": "=", "value": true}, "severity": "critical", "code": "risk",
                  "message": "Reports thoughts of self-harm or suicide. Assess the risk before or at the first session; give the crisis line."}},
        {"id": "suicide_attempt", "type": "boolean", "required": true, "private": true,
         "text": "Have you ever tried to end your life?",
         "flag": {"when": {"op": "=", "value": true}, "severity": "critical", "code": "risk",
                  "message": "Reports an earlier suicide attempt. Assess the risk at the first session; ask what helped then."}},
        {"id": "harm_others", "type": "boolean", "required": true, "private": true,
         "text": "In the last few months, have you had thoughts of seriously hurting someone else?",
         "flag": {"when": {"op": "=", "value": true}, "severity": "critical", "code": "risk",
                  "message": "Reports thoughts of harming another person. Assess the risk before or at the first session."}},
        {"id": "being_abused", "type": "boolean", "required": true, "private": true,
         "text": "Is anyone hurting, threatening or frightening you, or forcing you to do things you do not want to do?",
         "flag": {"when": {"op": "=", "value": true}, "severity": "critical", "code": "risk",
                  "message": "Reports being abused or threatened. Speak with this client alone before any joint session.",
                  "hold": true}},
        {"id": "abuse_in_home", "type": "boolean", "required": true, "private": true,
         "text": "Has anyone in your home been hit, hurt or threatened by someone else living there in the last year?",
         "flag": {"when": {"op": "=", "value": true}, "severity": "critical", "code": "risk",
                  "message": "Reports abuse in the home. Speak with this client alone before any joint session.",
                  "hold": true}},
        {"id": "children_at_risk", "type": "boolean", "required": true, "private": true,
         "text": "Are you worried that a child in your home is being harmed or is not safe?",
         "flag": {"when": {"op": "=", "value": true}, "severity": "critical", "code": "risk",
                  "message": "Reports a worry that a child is being harmed or is unsafe. Assess at once; a duty to report may apply."}},
        {"id": "firearms", "type": "boolean", "required": true, "private": true,
         "text": "Is there a gun in your home, or one you could easily get to?",
         "flag": {"when": {"op": "=", "value": true}, "severity": "warning", "code": "firearms",
                  "message": "A gun at home or within reach. Talk about safe storage, and at once if self-harm or danger at home was reported."}},
        {"id": "risk_details", "type": "long_text", "private": true,
         "enable_when": [
           {"item": "self_harm", "op": "=", "value": true},
           {"item": "suicide_attempt", "op": "=", "value": true},
           {"item": "harm_others", "op": "=", "value": true},
           {"item": "being_abused", "op": "=", "value": true},
           {"item": "abuse_in_home", "op": "=", "value": true},
           {"item": "children_at_risk", "op": "=", "value": true}
         ],
         "enable_behavior": "any",
         "text": "Thank you for telling us. If you want to, say a little more here; or leave it for your counselor to ask you in private."}
      ]
    },
    {
      "id": "consent",
      "title": "Consent to counseling",
      "items": [
        {"id": "consent_text", "type": "display",
         "text": "Counseling is a conversation between you, your counselor and, when you come together, your spouse. It can bring up painful feelings, and change usually takes time and practice between sessions. (The program fills in the rest of this text from the practice's settings.)"},
        {"id": "consent", "type": "boolean", "required": true,
         "text": "I have read this, my questions have been answered, and I agree to begin counseling.",
         "flag": {"when": {"op": "=", "value": false}, "severity": "warning", "code": "consent",
                  "message": "Has not given consent to counseling. Talk it through before the first session."}},
        {"id": "signature", "type": "text", "required": true,
         "enable_when": [{"item": "consent", "op": "=", "value": true}],
         "text": "Type your full name as your signature"},
        {"id": "signed_on", "type": "date",
         "enable_when": [{"item": "consent", "op": "=", "value": true}],
         "text": "Today's date"}
      ]
    }
  ]
})json";
}

}  // namespace intake
