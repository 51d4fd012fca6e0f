# The window's translatable strings: data/locale/counselor.pot is their
# catalog (regenerate it with `cmake --build build --target update-catalog`),
# and each data/locale/<language>.po beside it is compiled to
# <build>/share/locale/<language>/LC_MESSAGES/counselor.mo, the place the
# window looks for it relative to its own folder, in the build tree as
# installed.
find_program(XGETTEXT_PROGRAM xgettext REQUIRED)
find_program(MSGFMT_PROGRAM msgfmt REQUIRED)
find_program(MSGCMP_PROGRAM msgcmp REQUIRED)

set(COUNSELOR_CATALOG "${PROJECT_SOURCE_DIR}/data/locale/counselor.pot")
set(COUNSELOR_XGETTEXT_OPTIONS
    --from-code=UTF-8 --language=C++ --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE
    --add-comments=TRANSLATORS: --sort-by-file --package-name=counselor
    --package-version=${PROJECT_VERSION} "--msgid-bugs-address=https://counselor-workstation.invalid/issues")

# Paths relative to the source root keep the catalog's references stable.
file(GLOB COUNSELOR_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
     RELATIVE "${PROJECT_SOURCE_DIR}" "${PROJECT_SOURCE_DIR}/app/gui/*.cpp" "${PROJECT_SOURCE_DIR}/app/gui/*/*.cpp"
     "${PROJECT_SOURCE_DIR}/app/gui/*.hpp" "${PROJECT_SOURCE_DIR}/app/gui/*/*.hpp")
list(SORT COUNSELOR_TRANSLATABLE_SOURCES)

add_custom_target(update-catalog
    COMMAND ${XGETTEXT_PROGRAM} ${COUNSELOR_XGETTEXT_OPTIONS} -o "${COUNSELOR_CATALOG}"
            ${COUNSELOR_TRANSLATABLE_SOURCES}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Writing the window's strings to data/locale/counselor.pot"
    VERBATIM)

file(GLOB translations CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/locale/*.po")
set(compiled_catalogs)
foreach(po IN LISTS translations)
    get_filename_component(language "${po}" NAME_WE)
    set(mo "${CMAKE_BINARY_DIR}/share/locale/${language}/LC_MESSAGES/counselor.mo")
    add_custom_command(OUTPUT "${mo}"
        COMMAND ${MSGFMT_PROGRAM} --check -o "${mo}" "${po}"
        DEPENDS "${po}" VERBATIM)
    install(FILES "${mo}" DESTINATION "${CMAKE_INSTALL_LOCALEDIR}/${language}/LC_MESSAGES")
    list(APPEND compiled_catalogs "${mo}")
endforeach()
add_custom_target(translations ALL DEPENDS ${compiled_catalogs})
