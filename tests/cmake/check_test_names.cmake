# Fails when a Catch2 test name holds a character CTest cannot carry: a ';'
# splits the name into a CMake list, so catch_discover_tests registers a
# test that matches nothing and "passes" without running a single check.
# Input: SOURCE_DIR.
file(GLOB_RECURSE sources "${SOURCE_DIR}/tests/*.cpp")
set(bad "")
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    # A ';' inside a test name is read back as a list separator; look for
    # it through its escaped form in the regex.
    string(REGEX MATCHALL "TEST_CASE\\(\"[^\"]*[;][^\"]*\"" found "${text}")
    if(found)
        file(RELATIVE_PATH name "${SOURCE_DIR}" "${source}")
        string(APPEND bad "\n  ${name}")
    endif()
endforeach()
if(bad)
    message(FATAL_ERROR "Test names with ';' never run under CTest; use ',' instead in:${bad}")
endif()
