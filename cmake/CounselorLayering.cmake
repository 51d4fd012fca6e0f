# The layering rules of the project (README, "Layout"), enforced by the build rather than by
# convention: the core and the SDK must never link the GUI toolkit, so the
# whole product logic keeps running without a display.

# Collects every library TARGET links, directly or through other targets.
function(_counselor_collect_links target out_var)
    set(seen "${${out_var}}")
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
        get_target_property(libraries ${target} ${property})
        if(NOT libraries)
            continue()
        endif()
        foreach(library IN LISTS libraries)
            # Strip generator expressions like $<LINK_ONLY:x> down to x.
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" library "${library}")
            if(library IN_LIST seen)
                continue()
            endif()
            list(APPEND seen "${library}")
            if(TARGET ${library})
                set(${out_var} "${seen}")
                _counselor_collect_links(${library} ${out_var})
                set(seen "${${out_var}}")
            endif()
        endforeach()
    endforeach()
    set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

# Fails the configure step if any of TARGETS links a library matching PATTERN.
function(counselor_forbid_links)
    cmake_parse_arguments(ARG "" "PATTERN" "TARGETS" ${ARGN})
    foreach(target IN LISTS ARG_TARGETS)
        if(NOT TARGET ${target})
            continue()
        endif()
        set(links "")
        _counselor_collect_links(${target} links)
        foreach(library IN LISTS links)
            if(library MATCHES "${ARG_PATTERN}")
                message(FATAL_ERROR
                    "Layering violation: ${target} links '${library}'. "
                    "app/core and sdk must not depend on the GUI toolkit: the product logic runs without a display.")
            endif()
        endforeach()
    endforeach()
endfunction()

# Runs the check after the whole tree is configured, when every link is known.
function(counselor_forbid_links_at_end)
    cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL counselor_forbid_links ${ARGN})
endfunction()
