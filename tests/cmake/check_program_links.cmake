# cmake -D PROGRAM=... -P check_program_links.cmake
# SQLCipher must be the only SQLite the program links: two SQLite libraries
# in one process would each think they own the same database files.
execute_process(COMMAND ldd "${PROGRAM}" OUTPUT_VARIABLE libraries RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ldd ${PROGRAM} failed")
endif()
if(NOT libraries MATCHES "libsqlcipher")
    message(FATAL_ERROR "${PROGRAM} does not link libsqlcipher:\n${libraries}")
endif()
if(libraries MATCHES "libsqlite3")
    message(FATAL_ERROR "${PROGRAM} links libsqlite3 beside libsqlcipher:\n${libraries}")
endif()
if(libraries MATCHES "libwx_")
    message(FATAL_ERROR "${PROGRAM} links wxWidgets, but it is a command-line program:\n${libraries}")
endif()
message(STATUS "${PROGRAM}: libsqlcipher, no libsqlite3, no wx")
