# Writes a C++ source holding every NNNN_name.sql file of a migrations folder,
# in order. Run with -D OUTPUT=... -D MIGRATIONS_DIR=... -P; the laptop's
# store takes the defaults, the clinic server's module names its own
# -D HEADER=... -D TYPE=... -D FUNCTION=....
if(NOT DEFINED HEADER)
    set(HEADER "counselor/core/store/migrations.hpp")
endif()
if(NOT DEFINED TYPE)
    set(TYPE "Migration")
endif()
if(NOT DEFINED FUNCTION)
    set(FUNCTION "embedded_migrations")
endif()
file(GLOB files "${MIGRATIONS_DIR}/*.sql")
list(SORT files)
set(entries "")
foreach(file IN LISTS files)
    get_filename_component(name "${file}" NAME)
    if(NOT name MATCHES "^([0-9]+)_.*\\.sql$")
        message(FATAL_ERROR "Migration ${name} must be named NNNN_description.sql")
    endif()
    math(EXPR version "${CMAKE_MATCH_1}")
    file(READ "${file}" sql)
    if(sql MATCHES "\\)counselor_sql\"")
        message(FATAL_ERROR "Migration ${name} contains the raw-string delimiter")
    endif()
    string(APPEND entries "    {${version}, \"${name}\", R\"counselor_sql(${sql})counselor_sql\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${MIGRATIONS_DIR} by cmake/EmbedMigrations.cmake. Do not edit.
#include \"${HEADER}\"

namespace counselor::core {

const std::vector<${TYPE}>& ${FUNCTION}() {
    static const std::vector<${TYPE}> migrations = {
${entries}    };
    return migrations;
}

}  // namespace counselor::core
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
