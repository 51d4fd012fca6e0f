#include "seed_text.hpp"

namespace counselor::core::seed {

namespace {

using Pool = std::vector<std::string>;

// {a}: the client, or the first spouse; {b}: the other spouse, or the person
// an individual client talks about; {t}: a topic of the work.
const Pool& topics() {
    static const Pool pool = {"money",
                              "his parents",
                              "her parents",
                              "the children's bedtime",
                              "work hours",
                              "the move",
                              "church commitments",
                              "the holidays",
                              "screen time",
                              "the house chores",
                              "the affair",
                              "a friendship that crowds the marriage",
                              "intimacy",
                              "the new baby",
                              "a teenager's curfew",
                              "retirement plans",
                              "grief after the miscarriage",
                              "an illness in the family",
                              "drinking at weekends",
                              "the business",
                              "how decisions get made",
                              "past hurts",
                              "forgiveness",
                              "trust",
                              "time together",
                              "the in-laws' visit",
                              "debt",
                              "spending on hobbies",
                              "the sabbath",
                              "prayer together",
                              "blended-family loyalties"};
    return pool;
}

const Pool& couple_subjective() {
    static const Pool pool = {
        "{a} says talks about {t} end with {b} going quiet and leaving the room.",
        "{b} reports feeling criticised whenever {t} comes up, and shuts down to keep the peace.",
        "{a} describes the week as calmer; they managed one conversation about {t} without raising "
        "their voices.",
        "{b} says {a} keeps score, and that every disagreement about {t} becomes a list of old "
        "failures.",
        "Both say they want the marriage to last but feel like roommates since the arguments about "
        "{t} began.",
        "{a} feels alone with {t} and wishes {b} would take the first step without being asked.",
        "{b} admitted to being short-tempered all week and linked it to stress over {t}.",
        "{a} tried the time-out agreement twice; once it worked, once {b} did not come back to "
        "finish the talk.",
        "{b} says hearing {a} name what went well this week felt like the first kindness in "
        "months.",
        "They report a hard weekend: an argument over {t} and two days of silence afterwards.",
        "{a} says {b} has been more present in the evenings and that it makes a difference.",
        "{b} worries that {a} has already decided to leave, and asked directly in the session."};
    return pool;
}

const Pool& individual_subjective() {
    static const Pool pool = {
        "{a} says conversations with {b} about {t} leave them drained for days.",
        "{a} reports sleeping badly and linking it to worry over {t}.",
        "{a} describes a better week, with one honest talk with {b} about {t}.",
        "{a} feels guilty for setting a limit with {b} but says it was the right thing to do.",
        "{a} says prayer has felt dry lately and wonders whether God is distant or they are.",
        "{a} reports anger at {b} that comes out over small things, most of all around {t}.",
        "{a} says the journaling helped them notice how often they expect the worst from {b}."};
    return pool;
}

const Pool& objective() {
    static const Pool pool = {
        "Arrived on time and sat apart at first; body language eased in the second half.",
        "{a} was tearful while describing the last argument; {b} listened without interrupting.",
        "Speech was clear and organised; mood appeared anxious, affect congruent with content.",
        "{b} kept arms crossed for most of the hour and answered in short sentences.",
        "Both laughed together twice, which had not happened in earlier sessions.",
        "{a} arrived ten minutes late, apologised, and engaged readily once settled.",
        "Eye contact improved when each was asked to repeat back what the other said.",
        "No signs of intoxication; oriented and appropriately dressed.",
        "Voices rose once when {t} came up; both accepted a pause and returned calmer."};
    return pool;
}

const Pool& assessment() {
    static const Pool pool = {
        "A pursue-withdraw pattern around {t}, with little sense of safety when either is "
        "vulnerable.",
        "Progress is steady: they repair sooner after conflict and name their part more readily.",
        "Trust remains fragile; {b} needs consistent follow-through before opening up again.",
        "Stress from {t} is spilling into the marriage; the bond itself looks sound.",
        "Resentment about {t} has built over years and has not been spoken until now.",
        "Commitment is high on both sides, which gives the work something to stand on.",
        "{a} shows early signs of low mood; to be watched and screened again next month.",
        "The couple is moving from blaming to describing; a good sign for the next stage.",
        "Unresolved grief appears to sit underneath the conflict about {t}."};
    return pool;
}

const Pool& plan() {
    static const Pool pool = {
        "Practise the time-out and return agreement at least once this week.",
        "Each spouse listens without fixing once before the next session.",
        "Review the stage inventory results together next time.",
        "Schedule one unhurried evening together and protect it from {t}.",
        "Continue weekly sessions; revisit the budget conversation in two weeks.",
        "{a} to write down three moments when {b} showed care, and share them.",
        "Refer to the family doctor for a sleep review; follow up next session.",
        "Read the handout on apologies that name their effect, and bring one example.",
        "Move to fortnightly sessions if the calmer pattern holds.",
        "Plan a short conversation about {t} using the speaker-listener steps."};
    return pool;
}

const Pool& intervention() {
    static const Pool pool = {
        "Coached a speaker-listener exchange on {t}, slowing it down when voices rose.",
        "Explored the pattern on a whiteboard: what each does, and what each fears when the other "
        "does it.",
        "Taught a brief breathing exercise for the moment an argument starts to escalate.",
        "Reflected the commitment each expressed and tied it to the goals set at intake.",
        "Invited each to name one thing they appreciate in the other, and to say it directly.",
        "Reviewed last week's homework and problem-solved what got in the way.",
        "Normalised the grief around {t} and gave room to speak about it without fixing."};
    return pool;
}

const Pool& response() {
    static const Pool pool = {
        "{a} engaged well and asked for more practice; {b} was hesitant but took part.",
        "Both were able to repeat back the other's point without adding their own.",
        "{b} became defensive at first, then softened when {a} named their own part.",
        "They left with a plan they both said was realistic.",
        "{a} said the exercise felt awkward but useful; agreed to try it at home.",
        "Some resistance to homework; agreed on a smaller step instead."};
    return pool;
}

const Pool& prayer() {
    static const Pool pool = {
        "Closed with prayer for patience and for courage to speak honestly.",
        "Prayed together for healing of old hurts and for wisdom about {t}.",
        "{a} asked for prayer for a parent's health; prayed briefly at the end.",
        "Opened with a short prayer at the couple's request.",
        "Prayed for gentleness in the week ahead."};
    return pool;
}

const Pool& scripture() {
    static const Pool pool = {"Ephesians 4:26",      "Colossians 3:12-14", "1 Corinthians 13:4-7",
                              "James 1:19",          "Philippians 4:6-7",  "Psalm 34:18",
                              "Ecclesiastes 4:9-12", "Romans 12:10",       "Proverbs 15:1",
                              "Matthew 18:21-22"};
    return pool;
}

const Pool& spiritual_themes() {
    static const Pool pool = {
        "Anger named and set down before the day ends; grace toward each other.",
        "Forgiveness as a decision and as a process that takes time.",
        "Serving one another without keeping score.", "Hope when prayer feels unanswered.",
        "Honesty as part of faithfulness."};
    return pool;
}

const Pool& homework_given() {
    static const Pool pool = {"Listening without fixing, once each, before the next session",
                              "Daily gratitude list",
                              "Time-out and return agreement",
                              "One protected evening together",
                              "Apology that names its effect",
                              "Praying together three times this week"};
    return pool;
}

const Pool& homework_notes() {
    static const Pool pool = {"Start small: ten minutes is enough.",
                              "Try it on a calm evening, not after an argument.",
                              "Bring what you wrote to the next session.",
                              "If it gets heated, use the time-out and come back to it."};
    return pool;
}

void replace_all(std::string& text, std::string_view key, const std::string& value) {
    for (std::size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size())) {
        text.replace(at, key.size(), value);
    }
}

std::string fill(Rng& rng, const std::string& pattern, const NotePeople& people) {
    std::string text = pattern;
    replace_all(text, "{a}", people.first);
    replace_all(text, "{b}", people.other);
    if (text.find("{t}") != std::string::npos) replace_all(text, "{t}", rng.pick(topics()));
    // A sentence that opens with "her mother ..." still starts with a capital.
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z')
        text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

// `low` to `high` different sentences from `pool`, joined by spaces.
std::string sentences(Rng& rng, const Pool& pool, int low, int high, const NotePeople& people) {
    const auto count = rng.between(low, high);
    std::string text;
    auto first = rng.below(static_cast<std::int64_t>(pool.size()));
    const auto step = 1 + rng.below(static_cast<std::int64_t>(pool.size()) - 1);
    for (std::int64_t i = 0; i < count; ++i) {
        if (!text.empty()) text += ' ';
        text += fill(rng, pool[static_cast<std::size_t>(first)], people);
        first = (first + step) % static_cast<std::int64_t>(pool.size());
    }
    return text;
}

}  // namespace

const std::vector<std::string>& women_names() {
    static const Pool pool = {
        "Abigail", "Ada",      "Alice",   "Amara",  "Amelia",  "Ana",      "Anna",    "Beatriz",
        "Bethany", "Carmen",   "Chloe",   "Clara",  "Deborah", "Diana",    "Elena",   "Eliza",
        "Esther",  "Eva",      "Faith",   "Fatima", "Grace",   "Hannah",   "Helen",   "Imani",
        "Irene",   "Isabel",   "Jasmine", "Joy",    "Julia",   "Karen",    "Keziah",  "Laura",
        "Leah",    "Lidia",    "Lucia",   "Lydia",  "Maria",   "Marta",    "Mary",    "Maya",
        "Miriam",  "Naomi",    "Natalia", "Nora",   "Olivia",  "Patience", "Priya",   "Rachel",
        "Rebecca", "Rosa",     "Ruth",    "Sara",   "Sophia",  "Susan",    "Tabitha", "Teresa",
        "Vera",    "Victoria", "Wendy",   "Yara",   "Zoe"};
    return pool;
}

const std::vector<std::string>& men_names() {
    static const Pool pool = {
        "Aaron",   "Adam",    "Ahmed",   "Andrew",  "Anthony", "Ben",     "Caleb",  "Carlos",
        "Daniel",  "David",   "Diego",   "Elijah",  "Emeka",   "Ethan",   "Felix",  "Gabriel",
        "George",  "Henry",   "Isaac",   "Jacob",   "James",   "Jonah",   "Joseph", "Joshua",
        "Juan",    "Kevin",   "Kofi",    "Luca",    "Lucas",   "Luke",    "Marco",  "Mark",
        "Martin",  "Matthew", "Micah",   "Michael", "Nathan",  "Noah",    "Oliver", "Omar",
        "Owen",    "Patrick", "Paul",    "Peter",   "Rafael",  "Ravi",    "Samuel", "Simon",
        "Stephen", "Thomas",  "Timothy", "Tobias",  "Victor",  "William", "Yusuf",  "Zach"};
    return pool;
}

const std::vector<std::string>& family_names() {
    static const Pool pool = {
        "Abbott",    "Adeyemi",   "Alvarez",  "Anderson", "Baker",     "Banerjee",  "Barnes",
        "Becker",    "Bennett",   "Bishop",   "Brooks",   "Brown",     "Campbell",  "Carter",
        "Castillo",  "Chen",      "Clarke",   "Coleman",  "Cooper",    "Costa",     "Cruz",
        "Daniels",   "Davies",    "Diaz",     "Dubois",   "Edwards",   "Ellis",     "Evans",
        "Fernandes", "Fischer",   "Fisher",   "Fleming",  "Foster",    "Garcia",    "Gomez",
        "Gonzalez",  "Graham",    "Grant",    "Green",    "Gupta",     "Hall",      "Hansen",
        "Harper",    "Harris",    "Hartwell", "Hayes",    "Henderson", "Hernandez", "Hill",
        "Holmes",    "Howard",    "Hughes",   "Hunter",   "Ibrahim",   "Jackson",   "James",
        "Jensen",    "Johnson",   "Jones",    "Kaur",     "Keller",    "Kennedy",   "Khan",
        "Kim",       "King",      "Kowalski", "Larsen",   "Lee",       "Lewis",     "Lopez",
        "Marshall",  "Martin",    "Martinez", "Mason",    "Mensah",    "Meyer",     "Miller",
        "Mitchell",  "Moore",     "Morales",  "Morgan",   "Murphy",    "Nguyen",    "Nielsen",
        "Novak",     "Nwosu",     "Okafor",   "Oliveira", "Ortiz",     "Owens",     "Palmer",
        "Park",      "Patel",     "Perez",    "Peters",   "Phillips",  "Pierce",    "Powell",
        "Price",     "Ramirez",   "Reed",     "Reyes",    "Richards",  "Rivera",    "Roberts",
        "Robinson",  "Rodriguez", "Rossi",    "Russell",  "Sanchez",   "Santos",    "Schmidt",
        "Scott",     "Shaw",      "Silva",    "Singh",    "Smith",     "Stewart",   "Sullivan",
        "Taylor",    "Thomas",    "Thompson", "Torres",   "Turner",    "Walker",    "Wallace",
        "Ward",      "Watson",    "Weber",    "White",    "Williams",  "Wilson",    "Wood",
        "Wright",    "Young",     "Zhang"};
    return pool;
}

std::string other_person(Rng& rng, bool woman) {
    static const Pool hers = {"her husband",   "her mother", "her sister",    "a coworker",
                              "her adult son", "her pastor", "a close friend"};
    static const Pool his = {"his wife",           "his father", "his brother",   "his manager",
                             "his adult daughter", "his pastor", "a close friend"};
    return rng.pick(woman ? hers : his);
}

std::string homework_note(Rng& rng) {
    if (rng.percent(60)) return {};
    return rng.pick(homework_notes());
}

std::string note_field(Rng& rng, std::string_view field_id, const NotePeople& people) {
    if (field_id == "subjective" || field_id == "data")
        return sentences(rng, people.couple ? couple_subjective() : individual_subjective(), 2, 3,
                         people);
    if (field_id == "behavior")
        return sentences(rng, objective(), 1, 2, people) + ' ' +
               sentences(rng, people.couple ? couple_subjective() : individual_subjective(), 1, 2,
                         people);
    if (field_id == "objective") return sentences(rng, objective(), 1, 2, people);
    if (field_id == "assessment") return sentences(rng, assessment(), 1, 2, people);
    if (field_id == "plan") return sentences(rng, plan(), 1, 2, people);
    if (field_id == "intervention") return sentences(rng, intervention(), 1, 2, people);
    if (field_id == "response") return sentences(rng, response(), 1, 2, people);
    if (field_id == "prayer") return sentences(rng, prayer(), 1, 1, people);
    if (field_id == "scripture") return rng.pick(scripture());
    if (field_id == "spiritual_themes") return sentences(rng, spiritual_themes(), 1, 1, people);
    if (field_id == "homework") return rng.pick(homework_given());
    if (field_id == "risk_details")
        return fill(rng,
                    "{a} spoke of feeling unsafe at home after an argument about {t}. Safety plan "
                    "made in the session; will check in by phone before the next appointment.",
                    people);
    return sentences(rng, assessment(), 1, 1, people);
}

}  // namespace counselor::core::seed
