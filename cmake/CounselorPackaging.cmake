# Packages: `cmake --build build --target package` (or
# `cpack --config build/CPackConfig.cmake`) writes to build/
#   counselor-workstation_<version>-1_<arch>.deb      the program (component "program")
#   counselor-workstation-sdk_<version>-1_all.deb     the plugin SDK (component "sdk")
#   counselor-workstation-<version>-linux-<arch>.tar.gz   the program, relocatable
#
# The program package holds what a desktop expects of an application: the two
# programs, the bundled plugins, the translations, a desktop entry, hicolor
# icons, AppStream metainfo and man pages. Everything here that is generated
# is generated in the build tree under share/, the same layout as installed,
# so the build tree stays a runnable mirror of the installation.
#
# Included from the top CMakeLists.txt after every install rule exists.

set(COUNSELOR_PACKAGE_NAME counselor-workstation)
# The AppStream id: the reverse of the project's (placeholder) domain,
# counselor-workstation.invalid, with '-' as '_' as the specification asks.
set(COUNSELOR_APPSTREAM_ID invalid.counselor_workstation.Counselor)
set(COUNSELOR_ICON_NAME counselor-workstation)

# --- Icons ----------------------------------------------------------------
# One drawing (data/icons/draw_icon.c, in cairo, which the program links
# already) writes the scalable SVG and every PNG size, so the sizes cannot
# drift apart and no image converter becomes a build dependency.
pkg_check_modules(ICON_CAIRO REQUIRED IMPORTED_TARGET cairo-png cairo-svg)
add_executable(counselor_draw_icon "${PROJECT_SOURCE_DIR}/data/icons/draw_icon.c")
target_link_libraries(counselor_draw_icon PRIVATE PkgConfig::ICON_CAIRO m)
# A build tool, not part of the program: kept out of bin/.
set_target_properties(counselor_draw_icon PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tools")

set(icon_root "${CMAKE_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/icons/hicolor")
set(icon_svg "${icon_root}/scalable/apps/${COUNSELOR_ICON_NAME}.svg")
add_custom_command(OUTPUT "${icon_svg}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${icon_root}/scalable/apps"
    COMMAND counselor_draw_icon "${icon_svg}"
    DEPENDS counselor_draw_icon
    COMMENT "Drawing the scalable icon" VERBATIM)
install(FILES "${icon_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
set(icon_files "${icon_svg}")
foreach(size IN ITEMS 48 128 256)
    set(dir "${icon_root}/${size}x${size}/apps")
    add_custom_command(OUTPUT "${dir}/${COUNSELOR_ICON_NAME}.png"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${dir}"
        COMMAND counselor_draw_icon "${dir}/${COUNSELOR_ICON_NAME}.png" ${size}
        DEPENDS counselor_draw_icon
        COMMENT "Drawing the ${size}x${size} icon" VERBATIM)
    install(FILES "${dir}/${COUNSELOR_ICON_NAME}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    list(APPEND icon_files "${dir}/${COUNSELOR_ICON_NAME}.png")
endforeach()

# --- Man pages ------------------------------------------------------------
# The version in the page's footer comes from the project; Debian installs
# man pages gzip-compressed (-n: no name or time stamp, so the package is
# reproducible). gzip is Essential on Debian, so this adds no dependency.
find_program(GZIP_PROGRAM gzip REQUIRED)
set(man_files)
foreach(page IN ITEMS counselor counselorctl)
    set(man_page "${CMAKE_BINARY_DIR}/${CMAKE_INSTALL_MANDIR}/man1/${page}.1")
    configure_file("${PROJECT_SOURCE_DIR}/data/man/${page}.1" "${man_page}" @ONLY)
    add_custom_command(OUTPUT "${man_page}.gz"
        COMMAND ${GZIP_PROGRAM} -9nf -k "${man_page}"
        DEPENDS "${man_page}"
        COMMENT "Compressing the ${page}(1) man page" VERBATIM)
    install(FILES "${man_page}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    list(APPEND man_files "${man_page}.gz")
endforeach()

add_custom_target(desktop_files ALL DEPENDS ${icon_files} ${man_files})

# --- Desktop entry and AppStream metainfo ----------------------------------
install(FILES "${PROJECT_SOURCE_DIR}/data/desktop/${COUNSELOR_PACKAGE_NAME}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/data/appstream/${COUNSELOR_APPSTREAM_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# --- CPack ------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "${COUNSELOR_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "Counselor Workstation maintainers")
set(CPACK_PACKAGE_CONTACT "Counselor Workstation maintainers <maintainers@counselor-workstation.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://counselor-workstation.invalid/")
# The build keeps CMAKE_INSTALL_PREFIX at its default (so `cmake --install`
# stays harmless); only the packages are rooted at /usr. The program finds
# its plugins relative to itself (<exe>/../lib/counselor/plugins), so the
# same binaries work there and in the relocatable tarball.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB TGZ)
# The binaries carry debug info (RelWithDebInfo, ~90 MB each); the packages
# do not need it.
set(CPACK_STRIP_FILES ON)
# Each component its own package; "program" is every install rule without
# a COMPONENT (CMAKE_INSTALL_DEFAULT_COMPONENT_NAME in the top CMakeLists).
set(CPACK_COMPONENTS_ALL program sdk)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
# The tarball is the program only, and relocatable: rooted at its own
# folder, not at /usr (CPackProjectConfig.cmake applies both per generator).
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/cmake/CPackProjectConfig.cmake")
# CPack sees only CPACK_* variables; the tarball's name says the processor.
set(CPACK_COUNSELOR_PROCESSOR "${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_COMPONENT_PROGRAM_DISPLAY_NAME "Counselor Workstation")
set(CPACK_COMPONENT_SDK_DISPLAY_NAME "Counselor Workstation plugin SDK")

# Debian: names as `apt` would show them, version-release, file names in
# Debian's own form (name_version-release_arch.deb).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

set(CPACK_DEBIAN_PROGRAM_PACKAGE_NAME "${COUNSELOR_PACKAGE_NAME}")
set(CPACK_DEBIAN_PROGRAM_PACKAGE_SECTION misc)
# Runtime dependencies from the binaries themselves (dpkg-shlibdeps):
# wxWidgets, SQLCipher, libsodium, cairo, pango... at the versions built
# against, and nothing forgotten by hand.
set(CPACK_DEBIAN_PROGRAM_PACKAGE_SHLIBDEPS ON)
# The printed handouts are set in DejaVu Serif and Sans.
set(CPACK_DEBIAN_PROGRAM_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PROGRAM_PACKAGE_SUGGESTS "${COUNSELOR_PACKAGE_NAME}-sdk")
set(CPACK_DEBIAN_PROGRAM_DESCRIPTION
"desktop workstation for pastoral and marriage counselors
Counselor Workstation keeps client records, cases and session notes in one
local database that can be encrypted, and runs the counselor's tools
(intake questionnaires, trust and safety assessments, session notes,
homework handouts) as plugins. counselor is the window, counselorctl the
same work from a terminal or a script.")

set(CPACK_DEBIAN_SDK_PACKAGE_NAME "${COUNSELOR_PACKAGE_NAME}-sdk")
set(CPACK_DEBIAN_SDK_PACKAGE_SECTION devel)
# Headers, CMake files and example sources: the same on every architecture.
set(CPACK_DEBIAN_SDK_PACKAGE_ARCHITECTURE all)
# The SDK's C++ layer includes nlohmann/json; its CMake package needs
# CMake 3.20 and a C++17 compiler to be of any use.
set(CPACK_DEBIAN_SDK_PACKAGE_DEPENDS "nlohmann-json3-dev (>= 3.10)")
set(CPACK_DEBIAN_SDK_PACKAGE_RECOMMENDS "cmake (>= 3.20), g++, ${COUNSELOR_PACKAGE_NAME}")
set(CPACK_DEBIAN_SDK_DESCRIPTION
"plugin SDK for Counselor Workstation
Headers, a CMake package (find_package(CounselorSDK 1 CONFIG) with
counselor_add_plugin) and example plugins for building a clinic's own
assessments and tools as Counselor Workstation plugins.")

include(CPack)
