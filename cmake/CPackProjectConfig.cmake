# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE), so settings
# here can differ between the .deb packages and the tarball.
if(CPACK_GENERATOR STREQUAL "TGZ")
    # The tarball is the program alone; the SDK ships as its .deb (or
    # `cmake --install build --component sdk`).
    set(CPACK_COMPONENTS_ALL program)
    # Relocatable: counselor-workstation-<version>-linux-<arch>/bin/counselor
    # finds its plugins in ../lib/counselor/plugins wherever it is unpacked.
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
    set(CPACK_PACKAGE_FILE_NAME
        "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-linux-${CPACK_COUNSELOR_PROCESSOR}")
    set(CPACK_ARCHIVE_PROGRAM_FILE_NAME "${CPACK_PACKAGE_FILE_NAME}")
    # Everything under one folder of that name, not strewn into the folder
    # it is unpacked in (component archives leave it out by default).
    set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's summary is the first line of its own description
    # (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION); CPackDeb would otherwise put
    # the project's summary above it in both packages.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
