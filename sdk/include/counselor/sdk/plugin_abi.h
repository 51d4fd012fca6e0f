/*
 * Counselor Workstation plugin boundary, ABI 1.
 *
 * This is the whole contract between the host and a plugin library. It is C
 * on purpose: no STL type, exception or allocation crosses it, so a plugin
 * built with another compiler or another standard library still loads.
 *
 *  - A plugin library exports one symbol, COUNSELOR_PLUGIN_ENTRY_SYMBOL, a
 *    function returning a pointer to a static counselor_plugin descriptor.
 *  - Every struct starts with {abi_major, abi_minor, struct_size}. Structs are
 *    append-only within a major version; a reader checks struct_size before
 *    touching a field added in a later minor.
 *  - Payloads are UTF-8 JSON documents in the schemas of sdk/README.md.
 *  - Memory: each side frees what it allocated. Text a plugin returns through
 *    an out-parameter is released by the host with the plugin's free_text;
 *    text the host returns is released by the plugin with the host's
 *    free_text.
 *  - A call returns COUNSELOR_OK, or an error code with *out set to
 *    {"error": "message"} (or left NULL).
 *
 * Version policy: the host refuses a plugin whose major differs from its own
 * or whose minor is newer than its own; an older minor loads.
 *
 * Most plugin authors never touch this file directly: counselor/sdk/plugin.hpp
 * implements it for a C++ class with one macro.
 */
#ifndef COUNSELOR_SDK_PLUGIN_ABI_H
#define COUNSELOR_SDK_PLUGIN_ABI_H

#include <stdint.h>

#define COUNSELOR_ABI_MAJOR 1u
#define COUNSELOR_ABI_MINOR 0u

/* The one symbol a plugin library exports. */
#define COUNSELOR_PLUGIN_ENTRY_SYMBOL "counselor_plugin_entry"

#if defined(_WIN32)
#define COUNSELOR_PLUGIN_EXPORT __declspec(dllexport)
#else
#define COUNSELOR_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Status of every plugin call. */
enum counselor_status {
    COUNSELOR_OK = 0,
    COUNSELOR_ERROR = 1,       /* *out holds {"error": "..."} */
    COUNSELOR_UNSUPPORTED = 2, /* the tool does not offer this call */
    COUNSELOR_BAD_INPUT = 3    /* the request JSON was not acceptable */
};

enum counselor_log_level {
    COUNSELOR_LOG_DEBUG = 0,
    COUNSELOR_LOG_INFO = 1,
    COUNSELOR_LOG_WARNING = 2,
    COUNSELOR_LOG_ERROR = 3
};

/*
 * What the host offers a plugin, handed over once at init. The pointer stays
 * valid until shutdown returns. `context` is the host's; pass it back as is.
 */
typedef struct counselor_host_services {
    uint32_t abi_major;
    uint32_t abi_minor;
    uint32_t struct_size; /* sizeof(counselor_host_services) of the host */
    void* context;

    /* Writes a line to the host's log. Log ids, never names or answers. */
    void (*log)(void* context, int32_t level, const char* message);

    /* Key-value store private to this plugin, kept in the practice database.
     * store_get returns NULL when the key is absent; release with free_text.
     * store_set with value NULL removes the key. */
    char* (*store_get)(void* context, const char* key);
    int32_t (*store_set)(void* context, const char* key, const char* value);

    /* Practice and counselor as JSON: {"practice_name","counselor_name",
     * "form_dirs":[folders holding form definition files],...}.
     * Release with free_text. */
    char* (*practice_info)(void* context);

    /* Releases text the host returned. */
    void (*free_text)(void* context, char* text);
} counselor_host_services;

/*
 * What a plugin offers. Every call but free_text and shutdown returns a
 * counselor_status. tool_id names one of the tools listed by describe.
 */
typedef struct counselor_plugin {
    uint32_t abi_major;   /* COUNSELOR_ABI_MAJOR the plugin was built with */
    uint32_t abi_minor;   /* COUNSELOR_ABI_MINOR the plugin was built with */
    uint32_t struct_size; /* sizeof(counselor_plugin) the plugin was built with */

    /* Called once before anything else. On failure *error_json explains. */
    int32_t (*init)(const counselor_host_services* host, char** error_json);

    /* Called once before the library is released. */
    void (*shutdown)(void);

    /* {"id","name","version","tools":[{"id","name","kind","version",...}]} */
    int32_t (*describe)(char** out_json);

    /* The tool's form definition (schema: form definition). */
    int32_t (*form)(const char* tool_id, char** out_json);

    /* Scores answers (schema: answers) into a result (schema: result). */
    int32_t (*evaluate)(const char* tool_id, const char* answers_json, char** out_json);

    /* The tool's templates: note formats, homework exercises. */
    int32_t (*templates)(const char* tool_id, char** out_json);

    /* Turns a request into a printable document (schema: document). */
    int32_t (*render)(const char* tool_id, const char* request_json, char** out_json);

    /* Releases text this plugin returned through an out-parameter. */
    void (*free_text)(char* text);
} counselor_plugin;

/* The signature of the exported entry. */
typedef const counselor_plugin* (*counselor_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* COUNSELOR_SDK_PLUGIN_ABI_H */
