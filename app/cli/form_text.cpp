#include "form_text.hpp"

#include <counselor/sdk/scoring.hpp>

#include <ostream>

namespace counselor::cli {

namespace {

using sdk::detail::format_number;

std::string value_text(const nlohmann::json& value) {
    if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

std::string respondent_text(const std::string& respondent) {
    if (respondent == "each_partner") return "each spouse answers separately";
    if (respondent == "counselor") return "the counselor completes it";
    return "the client answers";
}

std::string range_text(const sdk::Item& item) {
    if (item.min && item.max) return format_number(*item.min) + "-" + format_number(*item.max);
    if (item.min) return "at least " + format_number(*item.min);
    if (item.max) return "at most " + format_number(*item.max);
    return "";
}

void print_answer_shape(std::ostream& out, const sdk::Item& item) {
    const std::string indent = "       ";
    switch (item.type) {
        case sdk::ItemType::boolean:
            out << indent << "yes / no\n";
            break;
        case sdk::ItemType::scale: {
            out << indent << "scale " << range_text(item);
            if (item.labels.size() >= 2) {
                out << " (" << format_number(*item.min) << " = " << item.labels.front() << ", "
                    << format_number(*item.max) << " = " << item.labels.back() << ")";
            }
            if (item.reverse) out << ", reverse-scored";
            out << '\n';
            break;
        }
        case sdk::ItemType::choice:
        case sdk::ItemType::multi_choice:
            out << indent << (item.type == sdk::ItemType::choice ? "choose one:" : "choose any:")
                << '\n';
            for (const auto& option : item.options) {
                out << indent << (item.type == sdk::ItemType::choice ? "( ) " : "[ ] ")
                    << option.label << "  [" << option.value;
                if (option.score) out << " = " << format_number(*option.score);
                out << "]\n";
            }
            break;
        case sdk::ItemType::integer:
        case sdk::ItemType::decimal:
            out << indent << (item.type == sdk::ItemType::integer ? "whole number" : "number");
            if (!range_text(item).empty()) out << ", " << range_text(item);
            out << '\n';
            break;
        case sdk::ItemType::text:
            out << indent << "short text\n";
            break;
        case sdk::ItemType::long_text:
            out << indent << "free text\n";
            break;
        case sdk::ItemType::date:
            out << indent << "date, YYYY-MM-DD\n";
            break;
        case sdk::ItemType::display:
            break;
    }
}

void print_item(std::ostream& out, const sdk::Item& item, int number) {
    if (item.type == sdk::ItemType::display) {
        out << "     " << item.text << '\n';
        return;
    }
    out << "  " << (number < 10 ? " " : "") << number << ". " << item.text
        << (item.required ? " *" : "") << "  [" << item.id << "]\n";
    if (!item.help.empty()) out << "       (" << item.help << ")\n";
    if (!item.enable_when.empty()) {
        out << "       asked when ";
        for (std::size_t i = 0; i < item.enable_when.size(); ++i) {
            const auto& c = item.enable_when[i];
            if (i > 0) out << (item.enable_behavior == "any" ? " or " : " and ");
            out << c.item << ' ' << c.op << ' ' << value_text(c.value);
        }
        out << '\n';
    }
    print_answer_shape(out, item);
    if (item.flag) {
        out << "       raises a " << item.flag->severity << " \"" << item.flag->code
            << "\" flag when " << item.flag->when.op << ' ' << value_text(item.flag->when.value)
            << '\n';
    }
}

void print_bands(std::ostream& out, const std::string& title, sdk::ScoreMethod method,
                 const std::vector<sdk::Band>& bands) {
    out << "  " << title << " (" << sdk::to_string(method) << ")";
    for (std::size_t i = 0; i < bands.size(); ++i) {
        out << (i == 0 ? ": " : "; ") << format_number(bands[i].min) << "-"
            << format_number(bands[i].max) << ' ' << bands[i].label;
    }
    out << '\n';
}

}  // namespace

void print_form(std::ostream& out, const sdk::FormDefinition& form) {
    out << form.title << "\n  " << form.id << ' ' << form.version << ", " << form.kind << "; "
        << respondent_text(form.respondent) << "\n\n";
    if (!form.instructions.empty()) out << form.instructions << "\n\n";
    int number = 0;
    for (const auto& section : form.sections) {
        out << section.title << '\n';
        for (const auto& item : section.items) {
            print_item(out, item, item.type == sdk::ItemType::display ? number : ++number);
        }
        out << '\n';
    }
    if (!form.subscales.empty() || form.total) {
        out << "Scoring\n";
        for (const auto& s : form.subscales)
            print_bands(out, s.title, s.method, s.bands);
        if (form.total) print_bands(out, form.total->title, form.total->method, form.total->bands);
        out << '\n';
    }
    out << "* required\n";
}

}  // namespace counselor::cli
