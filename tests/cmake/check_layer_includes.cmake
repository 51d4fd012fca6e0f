# cmake -D SOURCE_DIR=... -P check_layer_includes.cmake
# The core and the SDK never include the GUI toolkit; the SDK never includes
# SQLite or spdlog either, so a plugin needs nothing but the SDK to build.
function(forbid folder pattern why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.hpp"
                            "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" hits REGEX "${pattern}")
        if(hits)
            message(SEND_ERROR "${file}: ${hits} (${why})")
        endif()
    endforeach()
endfunction()
forbid(app/core "#[ \t]*include[ \t]*[<\"]wx/" "app/core must run without a display")
forbid(sdk "#[ \t]*include[ \t]*[<\"]wx/" "the SDK must not need the GUI toolkit")
forbid(sdk "#[ \t]*include[ \t]*[<\"](sqlite3|sqlcipher|spdlog)" "plugins never touch the database or the host's log")
# The store is the only module of app/core that names SQLite, so a second
# database can stand behind the same modules (docs/architecture.md).
file(GLOB modules LIST_DIRECTORIES true RELATIVE "${SOURCE_DIR}/app/core" "${SOURCE_DIR}/app/core/*")
foreach(module IN LISTS modules)
    if(IS_DIRECTORY "${SOURCE_DIR}/app/core/${module}" AND NOT module STREQUAL "store")
        forbid(app/core/${module} "#[ \t]*include[ \t]*[<\"](sqlite3|sqlcipher)"
               "only the store module names SQLite")
    endif()
endforeach()
forbid(app/cli "#[ \t]*include[ \t]*[<\"](sqlite3|sqlcipher)" "the programs reach the database through the store")
forbid(app/gui "#[ \t]*include[ \t]*[<\"](sqlite3|sqlcipher)" "the programs reach the database through the store")
# The window is built and runs without its test automation, which it reaches
# only through shell/automation_hooks.hpp (app/gui/CMakeLists.txt).
foreach(folder IN ITEMS shell record widgets dialogs printing)
    forbid(app/gui/${folder} "#[ \t]*include[ \t]*\"automation/"
           "the window reaches its automation only through shell/automation_hooks.hpp")
endforeach()
