// The logic behind the window's form renderer: live branching, answers kept
// on screen, problems beside their item, and what finally gets stored.
#include "form_fixtures.hpp"

#include <counselor/core/forms/answer_validator.hpp>
#include <counselor/core/forms/form_session.hpp>

#include <catch2/catch.hpp>

using counselor::core::FormSession;

namespace {
FormSession checkin() {
    return FormSession(
        counselor::test::weekly_checkin_form().get<counselor::sdk::FormDefinition>());
}
}  // namespace

TEST_CASE("a follow-up question appears and disappears as the answer before it changes",
          "[form-session]") {
    auto session = checkin();
    CHECK_FALSE(session.is_asked("repair"));
    session.set_answer("conflict", true);
    CHECK(session.is_asked("repair"));
    session.set_answer("conflict", false);
    CHECK_FALSE(session.is_asked("repair"));
}

TEST_CASE("an answer to a question that is no longer asked is kept, but not stored",
          "[form-session]") {
    auto session = checkin();
    session.set_answer("conflict", true);
    session.set_answer("repair", "talked");
    session.set_answer("conflict", false);
    REQUIRE(session.answer("repair"));
    CHECK(*session.answer("repair") == "talked");
    CHECK_FALSE(session.submission().contains("repair"));

    session.set_answer("conflict", true);  // changed their mind: the answer comes back
    CHECK(session.submission()["repair"] == "talked");
}

TEST_CASE("a wrong answer is reported beside its item and stays on screen", "[form-session]") {
    auto session = checkin();
    session.set_answer("heard", 9);
    auto problems = session.problems(false);
    REQUIRE(problems.count("heard"));
    CHECK_THAT(problems["heard"], Catch::Contains("1-5"));
    CHECK(problems.size() == 1);
    CHECK(*session.answer("heard") == 9);
    CHECK_FALSE(session.ready());
}

TEST_CASE("missing required answers count only when the form is to be finished", "[form-session]") {
    auto session = checkin();
    CHECK(session.problems(false).empty());
    auto missing = session.problems(true);
    CHECK(missing.count("heard"));
    CHECK(missing.count("afraid"));
    CHECK_FALSE(missing.count("repair"));  // not asked
    CHECK_FALSE(missing.count("note"));    // optional
}

TEST_CASE("a finished form submits exactly what the validator accepts", "[form-session]") {
    auto session = checkin();
    for (auto [id, value] : {std::pair<const char*, nlohmann::json>{"heard", 4},
                             {"together", 3},
                             {"distant", 2},
                             {"conflict", true},
                             {"repair", "open"},
                             {"afraid", false}}) {
        session.set_answer(id, value);
    }
    session.set_answer("note", "");  // cleared text is not an answer
    CHECK(session.ready());
    CHECK(session.asked_count() == 7);
    CHECK(session.answered_count() == 6);
    CHECK(counselor::core::validate_answers(session.form(), session.submission()).empty());
    CHECK_FALSE(session.submission().contains("note"));
}

TEST_CASE("a session opened on saved answers shows them with the right items asked",
          "[form-session]") {
    FormSession session(
        counselor::test::weekly_checkin_form().get<counselor::sdk::FormDefinition>(),
        {{"conflict", true}, {"repair", "dropped"}, {"heard", 5}});
    CHECK(session.is_asked("repair"));
    CHECK(session.answered_count() == 3);
}

TEST_CASE("a draft stores every answer but the ones with a problem", "[form-session]") {
    auto session = checkin();
    session.set_answer("heard", 9);  // off the scale: stays on screen, not in the draft
    session.set_answer("together", 3);
    session.set_answer("note", "Half a thought");
    CHECK(session.draft() == nlohmann::json{{"together", 3}, {"note", "Half a thought"}});
    REQUIRE(session.answer("heard"));
    CHECK(*session.answer("heard") == 9);

    session.set_answer("heard", 4);  // corrected: stored with the next draft
    CHECK(session.draft().value("heard", 0) == 4);
}

TEST_CASE("a draft needs no required answer and asks nothing the branching hides",
          "[form-session]") {
    auto session = checkin();
    session.set_answer("conflict", true);
    session.set_answer("repair", "talked");
    session.set_answer("conflict", false);
    CHECK(session.draft() == nlohmann::json{{"conflict", false}});
    CHECK(counselor::core::validate_answers(session.form(), session.draft(), false).empty());
}
