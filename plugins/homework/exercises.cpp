// The exercise library. Each exercise is written out as the JSON body that
// templates() publishes (see README.md for its fields), so what a counselor
// reads in the program and what prints on the handout are the same words.
#include "exercises.hpp"

namespace homework {

namespace {

const char* const kExercises[] = {
    R"json({
        "id": "trade-places",
        "title": "Trade places",
        "description": "For a couple caught in blame: each spends the week looking at the marriage from the other’s side.",
        "body": {
            "theme": "Connection: understanding each other",
            "why": "When we are hurt, we tend to see only our own side of the story, and our spouse becomes the problem to be solved. Stepping into your spouse’s shoes for a few minutes a day does not mean you agree with everything they do. It means trying to understand what they carry, and what it is like for them to live with you. People move toward someone who understands them, and away from someone who keeps score. This exercise is about changing what you see, not about changing your spouse.",
            "steps": [
                "Once a day, pick one ordinary moment the two of you shared: a meal, a phone call, a decision, a disagreement.",
                "Sit quietly and replay it from your spouse’s side. What did they see and hear? What were they hoping for, or worried about?",
                "Ask yourself honestly: if I had been in their place, would I have felt drawn toward me, or would I have pulled back?",
                "Write a few words about what you noticed, without defending yourself.",
                "Once this week, tell your spouse one thing you saw from their side and ask whether you got it right. Then listen."
            ],
            "prompts": [
                "Which moment this week looked most different from your spouse’s side?",
                "What might your spouse need from you that they have found hard to ask for?",
                "What is one thing you could change in yourself, not in your spouse, that would make it easier for them to move toward you?"
            ],
            "tracker": {
                "title": "Each day I traded places",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": ["Replayed one moment from my spouse’s side", "Wrote down what I noticed"]
            },
            "writing_lines": 4,
            "per_spouse": true,
            "for": "either",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": true
        }
    })json",
    R"json({
        "id": "daily-gratitude",
        "title": "Daily gratitude log",
        "description": "For couples who have stopped noticing what is good in each other.",
        "body": {
            "theme": "Connection: choosing what you notice",
            "why": "What we look for, we usually find. When a marriage is strained, the mind becomes an expert at spotting what is wrong, and the good things a spouse does slip by unseen. Looking on purpose for one thing each day that you are thankful for in your spouse retrains your attention. Couples who keep this up often feel warmer toward each other within a few weeks, even before anything else has changed. It takes two minutes a day.",
            "steps": [
                "Each evening, think back over the day and find one thing your spouse did, said or is that you are grateful for. Small is fine: a cup of coffee, a patient answer, a kind message.",
                "Write it in the log below in one sentence. Be specific: “You waited up for me” says more than “You are nice”.",
                "At least three times this week, tell your spouse what you wrote, face to face or in a message.",
                "On a hard day, still look. Finding something good on a bad day is where this exercise does its best work."
            ],
            "log": {
                "title": "My gratitude log",
                "columns": ["Day", "One thing I am thankful for in my spouse today"],
                "rows": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            },
            "tracker": {
                "title": "Each day I",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": ["Looked for one good thing", "Told my spouse about it"]
            },
            "prompts": [
                "Looking back over the week, what did you notice about your spouse that you had stopped seeing?",
                "How did your spouse respond when you told them? How did it feel to say it?"
            ],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "couple",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": true
        }
    })json",
    R"json({
        "id": "together-this-week",
        "title": "Something to do together this week",
        "description": "For couples who live side by side but rarely share anything they enjoy.",
        "body": {
            "theme": "Connection: doing things together",
            "why": "Closeness is not built by talking alone. Many people, and many husbands in particular, feel most connected when they do something side by side: cooking, fixing, walking, laughing at the same thing. When life gets busy these moments quietly disappear unless someone plans them. One shared activity a week is a small, low-pressure way to start enjoying each other again.",
            "steps": [
                "Sit down together for ten minutes. Each of you lists three things you would enjoy doing together, however small: a new recipe, a bike ride, a board game, a visit to a market.",
                "Pick one from either list. Take turns choosing from week to week.",
                "Put a day and time in both of your calendars, and protect it as you would an appointment.",
                "While you do it, leave the hard subjects for another time. This hour is for enjoying each other.",
                "Afterwards, each of you says one thing you liked about doing it together."
            ],
            "prompts": [
                "What did we do, and when?",
                "What did I enjoy about my spouse while we did it?",
                "What would we like to try next week?"
            ],
            "writing_lines": 3,
            "per_spouse": false,
            "for": "couple",
            "intimacy": false,
            "conjoint": true,
            "spouse_directed": false
        }
    })json",
    R"json({
        "id": "communication-rhythms",
        "title": "Communication rhythms check-in",
        "description": "For couples whose conversation has shrunk to logistics, or to silence.",
        "body": {
            "theme": "Connection: rhythms of communication",
            "why": "Couples who stay close talk in more than one way. There are tiny moments: a “thinking of you” message, a hand on the shoulder. There are daily catch-ups on how each of you is really doing. And now and then there is a longer, unhurried conversation about the hard things: money, sex, family, a problem that keeps coming back. When one of these rhythms goes missing, couples often feel that “we never talk” without knowing what is missing. This check-in shows you which rhythms you have and which you want to rebuild.",
            "steps": [
                "Agree on one small “thinking of you” moment you will each offer every day: a short message, a note in a lunch box, a call at midday.",
                "Set aside ten minutes each day to catch up with your phones put away. Each of you answers: How was your day, really? What is on your mind?",
                "Plan one longer conversation this week about a subject you both know needs time. Agree on the subject beforehand, and take a break if either of you needs one.",
                "At the end of the week, answer the questions below together."
            ],
            "tracker": {
                "title": "Our rhythms this week",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": [
                    "A “thinking of you” moment",
                    "A ten-minute catch-up",
                    "Our longer conversation (once this week)"
                ]
            },
            "prompts": [
                "Which rhythm came most easily to us? Which was hardest?",
                "What got in the way, and what could we change next week?",
                "One thing I understood better about my spouse this week:"
            ],
            "writing_lines": 3,
            "per_spouse": false,
            "for": "couple",
            "intimacy": false,
            "conjoint": true,
            "spouse_directed": false
        }
    })json",
    R"json({
        "id": "time-for-us",
        "title": "Weekly time for “us”",
        "description": "A planner for a weekly date or set-apart evening, for couples who only meet in passing.",
        "body": {
            "theme": "Connection: investing in the two of you",
            "why": "A marriage is more than two people running a household. The “us” needs time of its own, or it slowly turns into a business partnership. A regular date, or simply a set-apart evening, tells each of you that the relationship still matters enough to plan for. It does not have to cost money. What matters is that it happens often, that it is protected, and that it is about the two of you rather than the children, the bills or the to-do list.",
            "steps": [
                "Choose a regular time each week: an evening, a lunch, an early walk on Saturday. Write it in the planner below.",
                "Take turns planning. Whoever plans chooses something they think the other will enjoy.",
                "Arrange childcare and anything else ahead of time, so the time is not lost at the last minute.",
                "Some weeks, talk; some weeks, just have fun together. Both count.",
                "If you have to miss a week, agree on a new time straight away rather than skipping it."
            ],
            "log": {
                "title": "Our next four weeks",
                "columns": ["Week", "When", "What we will do", "Who plans it"],
                "rows": ["1", "2", "3", "4"]
            },
            "prompts": [
                "What did we enjoy most about our time together this month?",
                "What made it hard to protect our time, and what will we do about it?"
            ],
            "writing_lines": 3,
            "per_spouse": false,
            "for": "couple",
            "intimacy": false,
            "conjoint": true,
            "spouse_directed": false
        }
    })json",
    R"json({
        "id": "praying-together",
        "title": "Praying together",
        "description": "For couples of faith who want to invite God into the middle of their marriage.",
        "body": {
            "theme": "Connection: praying as a couple",
            "why": "Praying with your spouse is one of the most open things a couple can do, which is why it can draw you so close. It is not a chance to hand God a list of your spouse’s faults. It is the two of you side by side before Him, asking for His view of your marriage and His help, and being willing to go where He leads. Many couples feel awkward at first. Start short and simple; it gets easier with practice.",
            "steps": [
                "Choose a time that suits you both, perhaps before sleep or after a meal. Two or three minutes is enough to begin.",
                "Take turns praying aloud, even a single sentence. If that feels like too much, pray silently side by side and say “Amen” together.",
                "Pray for your spouse by name: their day, their worries, their hopes. Leave out anything that sounds like a complaint.",
                "Thank God for one thing about your spouse.",
                "On your own, pray for your spouse once a day as well."
            ],
            "tracker": {
                "title": "Our week of prayer",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": ["Prayed together", "Prayed for my spouse on my own"]
            },
            "prompts": [
                "What was it like to pray together? What felt awkward, and what felt good?",
                "Is there something we sense God inviting us to do as a couple?"
            ],
            "writing_lines": 3,
            "per_spouse": false,
            "for": "couple",
            "intimacy": false,
            "conjoint": true,
            "spouse_directed": false
        }
    })json",
    R"json({
        "id": "listening-without-fixing",
        "title": "Listening without fixing",
        "description": "For couples where one talks and the other solves, corrects or defends.",
        "body": {
            "theme": "Connection: empathy",
            "why": "When your spouse shares something painful, the urge to fix it, correct a detail or defend yourself can be strong. But what most people want first is to feel understood. Listening without interrupting, and putting into words what you hear them feeling, tells your spouse that you are beside them rather than against them. Understanding your spouse is not the same as approving of everything they did. It simply means setting your own reactions aside long enough to see the situation through their eyes.",
            "steps": [
                "Set a timer for ten minutes. One of you speaks, the other listens. Swap roles on another day.",
                "The speaker talks about something that matters to them. Start with something mild, not the hardest subject.",
                "The listener does not advise, correct or explain. Just listen, and now and then say back what you hear: “It sounds like you felt alone with that.”",
                "Before the time is up, the listener asks: “Did I get that right? Is there more?”",
                "Thank each other. Leave any problem-solving for another conversation, if it is still needed."
            ],
            "tracker": {
                "title": "Listening practice",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": ["I listened for ten minutes", "I was listened to"]
            },
            "prompts": [
                "When you were the listener, what was hardest to hold back?",
                "When you were the speaker, what helped you feel understood?",
                "What did you learn about your spouse that you had not heard before?"
            ],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "couple",
            "intimacy": false,
            "conjoint": true,
            "spouse_directed": false
        }
    })json",
    R"json({
        "id": "apology-names-effect",
        "title": "An apology that names the effect",
        "description": "For repairing a hurt: an apology that speaks to how your actions landed, not only to what happened.",
        "body": {
            "theme": "Trust: repairing a hurt",
            "why": "An apology that only says “I’m sorry you feel that way” or “Fine, I’m sorry” rarely heals anything. What helps is an apology that shows you understand how your words or actions landed on your spouse, and that you do not want to keep causing that pain. It is not about admitting defeat. It is about stepping into your spouse’s experience of you in that moment, and caring enough to change. This worksheet helps you prepare such an apology before you give it.",
            "steps": [
                "Choose one specific thing you did or said that hurt your spouse. Keep to one event, or one pattern.",
                "Write down what you did, plainly, without excuses and without “but”.",
                "Write down how it affected your spouse: what they may have felt, feared or lost. If you are not sure, that is worth asking about.",
                "Write what you will do differently, and what you will do if you slip.",
                "Choose a calm moment and give the apology in your own words. Then stop, and let your spouse answer in their own time. They do not owe you forgiveness on the spot."
            ],
            "prompts": [
                "What I did:",
                "How it may have affected you:",
                "What I am sorry for:",
                "What I will do differently:",
                "After the apology: how did it go, and what did I learn?"
            ],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "either",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": true
        }
    })json",
    R"json({
        "id": "your-turn",
        "title": "Your turn: reflection questions",
        "description": "A longer reflection on the five stages of closeness, for one spouse or each of a couple, over a week or two.",
        "body": {
            "theme": "The five stages: honesty, safety, trust, connection, intimacy",
            "why": "Closeness in marriage grows in stages, and each stage rests on the one before: honesty first, then safety, then trust, then connection, and only then intimacy. When closeness has broken down, it helps to find where the foundation is weak instead of pushing harder for what is missing at the top. These questions are for you alone. Take your time, answer honestly, and skip any you are not ready for. You decide what to share with your spouse and with your counselor.",
            "steps": [
                "Find a quiet half hour on your own and answer a few questions at a time. There is no need to finish in one sitting.",
                "Write what is true, not what you think you ought to feel.",
                "Put a star beside any answer you would like to talk about in a session."
            ],
            "prompts": [
                {
                    "heading": "Honesty",
                    "prompts": [
                        "Is there something in your life your spouse does not know about and would want to know?",
                        "When is it hardest for you to tell your spouse the whole truth? What makes it hard?"
                    ]
                },
                {
                    "heading": "Safety",
                    "prompts": [
                        "When you share something tender, how does your spouse usually respond? Have you stopped sharing some things because of it?",
                        "Have you ever felt afraid of your spouse? If so, please tell your counselor in private."
                    ]
                },
                {
                    "heading": "Trust",
                    "prompts": [
                        "In what ways do you sense that your spouse is on your side? Where do you doubt it?",
                        "What could you do this month to show your spouse that you are for them?"
                    ]
                },
                {
                    "heading": "Connection",
                    "prompts": [
                        "What do you already do, even in small ways, that helps the two of you feel connected?",
                        "What is one new step you are willing to take this month to grow closer?"
                    ]
                },
                {
                    "heading": "Intimacy",
                    "prompts": [
                        "When closeness with your spouse has been missing, what have you turned to instead?",
                        "Picture your spouse’s side: what would make it easier for them to move toward you?",
                        "Where do you sense God inviting you closer to Him?"
                    ]
                }
            ],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "either",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": false
        }
    })json",
    R"json({
        "id": "circle-of-friends",
        "title": "Building a circle of trusted friends",
        "description": "For anyone expecting the marriage to meet every need: finding two or three people to walk with.",
        "body": {
            "theme": "Beyond the marriage: friendship and accountability",
            "why": "No marriage can meet every need, and expecting it to puts a weight on your spouse that no one can carry. Everyone needs a few people outside the marriage who know them well: friends who laugh and grieve with you, who pray for you, and who care enough to ask hard questions and hold you to what you said you would do. Friends like these make you a better spouse, not a more distant one. They are found slowly, by showing up and investing in people.",
            "steps": [
                "List the people you already trust, even a little: at church, at work, in your family, among neighbours and old friends.",
                "Circle two or three who share your values and who want your marriage to do well. For the friends you confide in most, many people find it wise to choose friends of the same sex.",
                "Reach out to one of them this week: a coffee, a walk, a phone call.",
                "Share something real, a little at a time, and listen to what is real for them.",
                "Think about asking one friend to check in with you regularly and ask how you are really doing, in your marriage too."
            ],
            "prompts": [
                "Who are the people I can be fully myself with?",
                "Who could I ask to hold me accountable, and for what?",
                "What has kept me from friendships like this, and what is one small step I can take?"
            ],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "either",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": false
        }
    })json",
    R"json({
        "id": "intimacy-with-god",
        "title": "Seeking closeness with God",
        "description": "For a spouse who is looking to the marriage for what only God can give.",
        "body": {
            "theme": "Beyond the marriage: intimacy with God",
            "why": "Even the most loving spouse will sometimes let you down. God’s love does not depend on how well you are doing, and He is not going anywhere. Closeness with Him is not reserved for the especially devout; it is open to anyone, young or old, however long or short their walk of faith has been. It will not always be comfortable: honest time with God tends to bring hidden things to the surface so that they can heal. Many people find that a steadier relationship with God gives them the security to be more open, and less demanding, with their spouse.",
            "steps": [
                "Set aside fifteen minutes a day for quiet time with God. The same place and time each day helps.",
                "Read a short passage of Scripture slowly, such as a psalm, and notice one phrase that stays with you.",
                "Talk to God honestly about your marriage, including what hurts and what you long for. He can handle the truth.",
                "Sit in silence for a few minutes and listen.",
                "Write one honest sentence to God each day."
            ],
            "tracker": {
                "title": "My quiet time",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": ["Quiet time with God", "Wrote one honest sentence to God"]
            },
            "prompts": [
                "What did I notice about God this week?",
                "What is God inviting me to let go of, or to bring into the open?",
                "How might a deeper closeness with God change the way I treat my spouse?"
            ],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "either",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": true
        }
    })json",
    R"json({
        "id": "invitation-not-demand",
        "title": "An invitation, not a demand",
        "description": "For couples where one pursues and the other pulls away: rebuilding physical closeness at a pace that is safe for both.",
        "body": {
            "theme": "Intimacy: physical closeness",
            "why": "Physical intimacy only works when both of you want it. Pressure, guilt, criticism or keeping score push a spouse further away, even when the need behind them is real. Most of us long to be wanted, not merely to be given in to. The way back is slower and gentler: making it safe to say yes, and just as safe to say no. This exercise starts with affection that asks for nothing more, so that trust and desire have room to grow again. Go at the pace of whichever of you is more hesitant.",
            "steps": [
                "Each of you writes down, privately, three kinds of touch or affection you would welcome right now: holding hands, a long hug, sitting close on the couch.",
                "Share your lists, and agree that this week affection is simply affection: it does not have to lead anywhere.",
                "Each day, offer one thing from your spouse’s list as a gift, expecting nothing in return.",
                "Either of you may say “not now” at any time, and the other accepts it kindly. A “no” is not a rejection of the person.",
                "When you want more closeness, say so as an invitation (“I would love to…”), never as a complaint or a demand.",
                "If at any point you feel pressured, unsafe or afraid, stop the exercise and tell your counselor."
            ],
            "tracker": {
                "title": "Affection this week",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": ["Offered something from my spouse’s list", "Felt free to say “not now”"]
            },
            "prompts": [
                "What made it easier or harder to receive affection this week?",
                "What do I long for in our physical relationship, and how could I say it as an invitation?",
                "What would help me feel safe enough to move closer?"
            ],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "couple",
            "intimacy": true,
            "conjoint": true,
            "spouse_directed": false
        }
    })json",
};

}  // namespace

const std::vector<counselor::sdk::Template>& exercises() {
    static const std::vector<counselor::sdk::Template> all = [] {
        std::vector<counselor::sdk::Template> list;
        for (const char* text : kExercises)
            list.push_back(nlohmann::json::parse(text).get<counselor::sdk::Template>());
        for (const char* text : repair_exercise_texts())
            list.push_back(nlohmann::json::parse(text).get<counselor::sdk::Template>());
        return list;
    }();
    return all;
}

const counselor::sdk::Template* find_exercise(std::string_view id) {
    for (const auto& exercise : exercises()) {
        if (exercise.id == id) return &exercise;
    }
    return nullptr;
}

}  // namespace homework
