# The modules of app/core (docs/architecture.md, "Modules"), declared so the
# build, not convention, keeps their dependencies one way.
#
# counselor_module(NAME [DEPENDS module...] [PUBLIC_LIBS lib...]
#                  [PRIVATE_LIBS lib...] [SOURCES file...])
# makes the static library counselor_NAME (alias Counselor::NAME) from
# src/*.cpp of the calling folder, with include/ public and src/ private.
# DEPENDS names the modules it may use; each must have been declared before,
# so the modules form a list in which each comes after what it uses, and a
# cycle cannot be written down. Once the whole tree is configured,
# counselor_check_modules() fails the configure step if a module links
# another module that its DEPENDS does not name, directly or through
# libraries in between.

set_property(GLOBAL PROPERTY COUNSELOR_MODULES "")

function(counselor_module name)
    cmake_parse_arguments(ARG "" "" "DEPENDS;PUBLIC_LIBS;PRIVATE_LIBS;SOURCES" ${ARGN})
    get_property(declared GLOBAL PROPERTY COUNSELOR_MODULES)
    set(allowed "")
    foreach(dependency IN LISTS ARG_DEPENDS)
        if(NOT dependency IN_LIST declared)
            message(FATAL_ERROR
                "Module ${name} depends on '${dependency}', which is not declared before it. "
                "Modules are listed so each comes after what it uses (app/core/CMakeLists.txt).")
        endif()
        list(APPEND allowed counselor_${dependency})
    endforeach()
    set(target counselor_${name})
    file(GLOB sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/src/*.cpp")
    add_library(${target} STATIC ${sources} ${ARG_SOURCES})
    add_library(Counselor::${name} ALIAS ${target})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/include"
                               PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/src")
    target_link_libraries(${target} PUBLIC ${allowed} ${ARG_PUBLIC_LIBS}
                          PRIVATE ${ARG_PRIVATE_LIBS})
    set_target_properties(${target} PROPERTIES COUNSELOR_MODULE_DEPENDS "${allowed}")
    target_precompile_headers(${target} PRIVATE <nlohmann/json.hpp> <string> <vector>)
    if(COMMAND counselor_warnings)
        counselor_warnings(${target})
    endif()
    set_property(GLOBAL APPEND PROPERTY COUNSELOR_MODULES ${name})
endfunction()

# Every counselor_* module TARGET reaches through its links, stopping at
# other modules (their own links are checked on their own).
function(_counselor_module_links target out_var)
    set(found "")
    set(queue "${target}")
    set(seen "${target}")
    while(queue)
        list(POP_FRONT queue current)
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(libraries ${current} ${property})
            if(NOT libraries)
                continue()
            endif()
            foreach(library IN LISTS libraries)
                string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" library "${library}")
                if(TARGET ${library})
                    get_target_property(aliased ${library} ALIASED_TARGET)
                    if(aliased)
                        set(library ${aliased})
                    endif()
                endif()
                if(library IN_LIST seen)
                    continue()
                endif()
                list(APPEND seen ${library})
                if(NOT TARGET ${library})
                    continue()
                endif()
                get_target_property(is_module ${library} COUNSELOR_MODULE_DEPENDS)
                if(NOT is_module STREQUAL "is_module-NOTFOUND")
                    list(APPEND found ${library})
                else()
                    list(APPEND queue ${library})
                endif()
            endforeach()
        endforeach()
    endwhile()
    set(${out_var} "${found}" PARENT_SCOPE)
endfunction()

function(counselor_check_modules)
    get_property(modules GLOBAL PROPERTY COUNSELOR_MODULES)
    foreach(name IN LISTS modules)
        get_target_property(allowed counselor_${name} COUNSELOR_MODULE_DEPENDS)
        _counselor_module_links(counselor_${name} links)
        foreach(library IN LISTS links)
            if(NOT library IN_LIST allowed)
                message(FATAL_ERROR
                    "Module dependency not allowed: counselor_${name} links '${library}', "
                    "which its counselor_module(DEPENDS ...) does not name. Add it there if the "
                    "dependency is meant (and keep the list one way), or remove the link.")
            endif()
        endforeach()
    endforeach()
endfunction()

function(counselor_check_modules_at_end)
    cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL counselor_check_modules)
endfunction()
