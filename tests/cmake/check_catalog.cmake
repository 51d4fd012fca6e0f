# Fails when data/locale/counselor.pot and the window's sources disagree:
# a string added in _() but missing from the catalog would never reach a
# translator, and a string in the catalog but gone from the code is stale.
# Inputs: SOURCE_DIR, OUT_DIR, XGETTEXT, MSGCMP, CATALOG, SOURCES (;-list), OPTIONS (;-list).
set(fresh "${OUT_DIR}/counselor-now.pot")
execute_process(
    COMMAND "${XGETTEXT}" ${OPTIONS} -o "${fresh}" ${SOURCES}
    WORKING_DIRECTORY "${SOURCE_DIR}"
    RESULT_VARIABLE failed ERROR_VARIABLE output)
if(failed)
    message(FATAL_ERROR "xgettext failed: ${output}")
endif()
execute_process(COMMAND "${MSGCMP}" --use-untranslated "${CATALOG}" "${fresh}"
                RESULT_VARIABLE missing ERROR_VARIABLE missing_output)
if(missing)
    message(FATAL_ERROR "Strings in the code are missing from data/locale/counselor.pot; "
                        "run `cmake --build build --target update-catalog`:\n${missing_output}")
endif()
execute_process(COMMAND "${MSGCMP}" --use-untranslated "${fresh}" "${CATALOG}"
                RESULT_VARIABLE stale ERROR_VARIABLE stale_output)
if(stale)
    message(FATAL_ERROR "data/locale/counselor.pot holds strings the code no longer has; "
                        "run `cmake --build build --target update-catalog`:\n${stale_output}")
endif()
message(STATUS "The catalog matches the window's strings")
