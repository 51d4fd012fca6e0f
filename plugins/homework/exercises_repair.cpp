// The exercises for the first stages "where to work now" names, and for what
// couples bring most: telling the whole truth, a time-out that keeps a fight
// safe, rebuilding after a betrayal (one handout for the spouse who was
// betrayed, one for the spouse who broke faith), and saying what you need
// without demanding it. Written out as the JSON body templates() publishes
// (README.md), like the rest of the library. `scripture` holds references
// only, for the counselor to use; no verse text is printed.
#include "exercises.hpp"

namespace homework {

const std::vector<const char*>& repair_exercise_texts() {
    static const std::vector<const char*> texts = {
        R"json({
        "id": "whole-truth",
        "title": "Telling the whole truth",
        "description": "For a marriage where things are left out or shaded: practising full honesty in small, safe steps.",
        "body": {
            "theme": "Honesty: the ground the other stages stand on",
            "why": "Half-truths rarely start as lies. They start as small omissions to avoid a frown, a fight or a question, and over time they become a habit that leaves your spouse living with someone they only partly know. Trust cannot grow on ground like that. This exercise is not a confession marathon. It is a week of noticing where you shade the truth, and of practising saying the plain thing in small matters, so that the large matters become possible.",
            "steps": [
                "Each day, notice one moment when you were tempted to leave something out, soften it until it was no longer true, or say you were fine when you were not.",
                "Write the moment down in a few words, and what you were afraid would happen if you told it straight.",
                "Choose one small matter this week and tell your spouse the plain version, without a long preamble. Notice what actually happens.",
                "If there is something larger you have kept back, do not unload it at home this week. Bring it to your counselor first, and plan together how and when to tell it."
            ],
            "tracker": {
                "title": "Each day I",
                "columns": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                "rows": ["Noticed a moment I shaded the truth", "Said the plain thing once"]
            },
            "prompts": [
                "Where do I most often leave things out, and what am I protecting?",
                "What happened when I told the plain version of something small?",
                "Is there something larger I need my counselor's help to tell?"
            ],
            "scripture": ["Ephesians 4:25", "Proverbs 12:22", "1 John 1:7"],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "either",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": true
        }
    })json",
        R"json({
        "id": "time-out-agreement",
        "title": "A time-out that brings you back",
        "description": "For arguments that run hot: an agreed way to pause before words do damage, and to come back to the talk.",
        "body": {
            "theme": "Safety: keeping a disagreement safe",
            "why": "When a discussion heats up, the body gets ready to fight or run, and the part of us that listens and chooses words well goes quiet. Carrying on at that point usually means saying what cannot be unsaid. A time-out is not walking out, sulking or winning by silence: it is a short, agreed pause with a promise to return. Agreed in a calm hour, it lets either of you stop a fight before it turns hurtful, and it tells the other that the subject matters enough to come back to.",
            "steps": [
                "In a calm moment, agree on a signal either of you may use: a word, a phrase or a hand sign that means “I need a pause”.",
                "Agree that the one who calls the time-out also names when you will come back, between twenty minutes and one day later.",
                "During the pause, do something that calms your body (walk, breathe slowly, pray), not something that rehearses the argument.",
                "Come back at the time you named. The one who called the pause starts, by saying what they heard the other want before saying what they want.",
                "If either of you ever feels afraid during an argument, that is not a matter for a time-out: tell your counselor, each of you on your own."
            ],
            "prompts": [
                "Our signal for a pause:",
                "How long we pause, and where each of us goes:",
                "How the time-out went when we used it, and what we would change:"
            ],
            "scripture": ["James 1:19-20", "Ephesians 4:26", "Proverbs 15:1"],
            "writing_lines": 3,
            "per_spouse": false,
            "for": "couple",
            "intimacy": false,
            "conjoint": true,
            "spouse_directed": false
        }
    })json",
        R"json({
        "id": "after-betrayal-hurt",
        "title": "After a betrayal: for the one who was hurt",
        "description": "For the spouse betrayed by an affair or by pornography: making room for the hurt and naming what rebuilding would need.",
        "body": {
            "theme": "Trust: rebuilding after a betrayal",
            "why": "Finding out that your spouse has been unfaithful, in body, in heart, or through pornography, can shake everything you thought you knew. Anger, numbness, sleeplessness, replaying details and swinging between wanting to leave and wanting to hold on are all common, and none of them means you are doing this wrong. Whether and how trust is rebuilt is not decided in a week. This sheet is for you alone: to give the hurt a place outside your head and to begin naming what you would need to see before trust could grow again.",
            "steps": [
                "Set aside fifteen minutes on three days this week, somewhere you will not be interrupted.",
                "Write what you are feeling, as it is, without tidying it up. This page is yours; you decide what, if anything, you show.",
                "Write the questions that keep coming back. Mark the ones you truly need answered and the ones that mostly feed the pain.",
                "Write what your spouse would need to do, over months, for you to even consider trusting again: honesty you can check, an end to the contact, help they get.",
                "Bring the sheet to your counselor. Decisions about the marriage can wait until you have had time and help."
            ],
            "prompts": [
                "What I am feeling this week:",
                "The questions I need answered:",
                "What I would need to see, over time, to begin to trust again:",
                "What helps me get through a hard day:"
            ],
            "scripture": ["Psalm 34:18", "Psalm 62:8", "Romans 12:19"],
            "writing_lines": 4,
            "per_spouse": false,
            "for": "individual",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": false
        }
    })json",
        R"json({
        "id": "after-betrayal-repair",
        "title": "After a betrayal: for the one who broke trust",
        "description": "For the spouse who had an affair or hid pornography use: ending it, telling the truth, and carrying the repair.",
        "body": {
            "theme": "Trust: rebuilding after a betrayal",
            "why": "When you have broken faith with your spouse, it is natural to want the crisis over: to apologise once, to be forgiven, and to move on. But trust that was broken in secret is rebuilt in the open, slowly, by what you do more than by what you say. Your spouse's hurt is not an overreaction to be managed. This sheet helps you take the first steps that rebuilding needs: ending what must end, telling the truth without making your spouse drag it out of you, and bearing their pain without defending yourself.",
            "steps": [
                "End the contact or the habit completely, and write down what that means in practice: the numbers, accounts, places and devices involved.",
                "Tell your counselor the whole of it first, so that what your spouse hears from you is complete and is not followed by new discoveries.",
                "Offer openness rather than waiting to be checked: access to your phone and accounts for as long as your spouse needs it, agreed between you.",
                "When your spouse is hurting or angry, listen without explaining, comparing or asking when it will be over.",
                "Find the help you need for yourself (a counselor, an accountability partner, a group), so that your spouse is not your only support."
            ],
            "prompts": [
                "What I have ended, and how:",
                "What I still need to tell, with my counselor's help:",
                "How I will be open without being asked:",
                "Where I will get help for myself:"
            ],
            "scripture": ["Psalm 51:10-12", "Proverbs 28:13", "James 5:16"],
            "writing_lines": 4,
            "per_spouse": false,
            "for": "individual",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": true
        }
    })json",
        R"json({
        "id": "ask-without-demanding",
        "title": "Asking without demanding",
        "description": "For a pattern of one spouse pressing and the other pulling away: turning complaints and demands into requests.",
        "body": {
            "theme": "Connection: needs said as invitations",
            "why": "A need that goes unspoken for long enough tends to come out sideways: as criticism (“you never…”), as a demand, or as silence. Each of these makes it harder for your spouse to give you what you long for, because they hear blame before they hear the need. Saying a need as a request takes courage: it leaves the other free to say yes or not now, and it shows them what matters to you. Needs for love, understanding, closeness and trust are normal. How they are asked for makes all the difference.",
            "steps": [
                "Each evening, notice one moment you felt let down, irritated or lonely, and ask yourself what you needed in that moment.",
                "Write the complaint you were tempted to make, then rewrite it as a request: what you would like, when, said about yourself rather than about your spouse.",
                "Twice this week, make one of those requests out loud, calmly, at a good time.",
                "Accept a “not now” without punishing it. Say thank you when your spouse says yes, even in a small way."
            ],
            "log": {
                "title": "From complaint to request",
                "columns": ["The complaint I felt", "The need under it", "The request I could make"],
                "rows": ["", "", "", ""]
            },
            "prompts": [
                "Which of my needs most often comes out as criticism or silence?",
                "How did my spouse respond when I asked instead of demanding?"
            ],
            "scripture": ["Philippians 2:3-4", "1 Corinthians 13:4-5", "Colossians 3:12-14"],
            "writing_lines": 3,
            "per_spouse": true,
            "for": "either",
            "intimacy": false,
            "conjoint": false,
            "spouse_directed": true
        }
    })json",
    };
    return texts;
}

}  // namespace homework
