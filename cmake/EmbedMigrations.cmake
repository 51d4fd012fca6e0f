# Writes a C++ source holding every data/migrations/NNNN_name.sql file, in
# order. Run with -D OUTPUT=... -D MIGRATIONS_DIR=... -P.
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
"// Generated from data/migrations by cmake/EmbedMigrations.cmake. Do not edit.
#include \"counselor/core/store/migrations.hpp\"

namespace counselor::core {

const std::vector<Migration>& embedded_migrations() {
    static const std::vector<Migration> migrations = {
${entries}    };
    return migrations;
}

}  // namespace counselor::core
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
