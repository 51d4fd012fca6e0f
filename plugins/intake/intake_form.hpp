// The intake questionnaire's form definition, as JSON text.
#pragma once

namespace intake {

// The form definition the intake tool offers (the published JSON schema).
const char* form_text();

// Its "version", for describe(): listing the tool when the host loads the
// plugin then costs no parse of the whole form (the integration tests check
// the two agree).
const char* form_version();

}  // namespace intake
