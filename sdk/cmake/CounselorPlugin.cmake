# counselor_add_plugin(TARGET SOURCES src... MANIFEST plugin.json
#                      [OUTPUT_NAME name] [OUTPUT_DIR dir] [NO_INSTALL])
#
# Builds a plugin library the host can load: a module named NAME.so (NAME is
# OUTPUT_NAME, or TARGET) with only its entry symbol exported, placed beside a
# copy of its manifest in <plugins>/NAME/, and installed to the same place
# under the prefix unless NO_INSTALL.
function(counselor_add_plugin name)
    cmake_parse_arguments(ARG "NO_INSTALL" "MANIFEST;OUTPUT_DIR;OUTPUT_NAME" "SOURCES" ${ARGN})
    if(NOT ARG_OUTPUT_NAME)
        set(ARG_OUTPUT_NAME "${name}")
    endif()
    if(NOT ARG_MANIFEST)
        message(FATAL_ERROR "counselor_add_plugin(${name}): MANIFEST plugin.json is required")
    endif()
    if(NOT ARG_OUTPUT_DIR)
        if(DEFINED COUNSELOR_PLUGIN_OUTPUT_DIR)
            set(ARG_OUTPUT_DIR "${COUNSELOR_PLUGIN_OUTPUT_DIR}")
        else()
            set(ARG_OUTPUT_DIR "${CMAKE_BINARY_DIR}/plugins")
        endif()
    endif()
    if(NOT DEFINED COUNSELOR_PLUGIN_SUBDIR)
        set(COUNSELOR_PLUGIN_SUBDIR "lib/counselor/plugins")
    endif()

    add_library(${name} MODULE ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Counselor::sdk)
    set_target_properties(${name} PROPERTIES
        PREFIX ""
        OUTPUT_NAME "${ARG_OUTPUT_NAME}"
        CXX_VISIBILITY_PRESET hidden
        C_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIR}/${ARG_OUTPUT_NAME}")

    get_filename_component(manifest "${ARG_MANIFEST}" ABSOLUTE)
    add_custom_command(TARGET ${name} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -E copy_if_different "${manifest}"
                "${ARG_OUTPUT_DIR}/${ARG_OUTPUT_NAME}/plugin.json"
        VERBATIM)
    if(NOT ARG_NO_INSTALL)
        install(TARGETS ${name} LIBRARY DESTINATION "${COUNSELOR_PLUGIN_SUBDIR}/${ARG_OUTPUT_NAME}")
        install(FILES "${manifest}" DESTINATION "${COUNSELOR_PLUGIN_SUBDIR}/${ARG_OUTPUT_NAME}"
                RENAME plugin.json)
    endif()
endfunction()
