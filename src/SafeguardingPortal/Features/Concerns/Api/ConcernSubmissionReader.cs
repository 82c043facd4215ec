using System.Text.Json;
using System.Text.RegularExpressions;
using SafeguardingPortal.Features.Concerns.Reports;
using SafeguardingPortal.Features.Concerns.Routing;

namespace SafeguardingPortal.Features.Concerns.Api;

/// <summary>What <c>POST /api/v1/concerns</c> reads beyond a routing request: the description and the reporter's contact (§11.4).</summary>
public static partial class ConcernSubmissionReader
{
    public const int DescriptionMin = 10;
    public const int DescriptionMax = 5000;
    public const int NameMax = 100;
    public const int EmailMax = 254;

    public static (string? Description, ReporterContact? Contact) Read(JsonElement root, bool anonymous, RequestErrors errors)
    {
        var description = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("description", out var text) && text.ValueKind == JsonValueKind.String
            ? text.GetString()!.Trim()
            : null;
        if (description is null || description.Length < DescriptionMin)
        {
            errors.Add("description", "Tell us what has happened (at least 10 characters)");
        }
        else if (description.Length > DescriptionMax)
        {
            errors.Add("description", "What has happened must be 5000 characters or fewer");
        }

        return (description, ReadContact(root, anonymous, errors));
    }

    private static ReporterContact? ReadContact(JsonElement root, bool anonymous, RequestErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("reporterContact", out var contact) || contact.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (contact.ValueKind != JsonValueKind.Object)
        {
            errors.Add("reporterContact", "Enter your name and an email address or phone number");
            return null;
        }

        if (anonymous)
        {
            errors.Add("reporterContact", "Remove your contact details or choose to give your name");
            return null;
        }

        var name = Field(contact, "name", errors);
        var email = Field(contact, "email", errors);
        var phone = Field(contact, "phone", errors);
        if (name?.Length > NameMax)
        {
            errors.Add("reporterContact.name", "Name must be 100 characters or fewer");
        }

        if (email is not null && !IsEmail(email))
        {
            errors.Add("reporterContact.email", "Enter an email address in the correct format, like name@example.com");
        }

        if (phone is not null && !IsPhone(phone))
        {
            errors.Add("reporterContact.phone", "Enter a real phone number, like 020 7946 0000");
        }

        return new ReporterContact(name, email, phone);
    }

    /// <summary>At most 254 characters, one <c>@</c>, and a dot in the domain (§11.4).</summary>
    public static bool IsEmail(string email) => email.Length <= EmailMax && Email().IsMatch(email);

    /// <summary>UK numbers (0 and 9–10 digits, or +44 / 0044 forms) and international ones (+ and 8–15 digits).</summary>
    public static bool IsPhone(string phone)
    {
        var compact = string.Concat(phone.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '(' or ')')));
        return UkPhone().IsMatch(compact) || InternationalPhone().IsMatch(compact);
    }

    private static string? Field(JsonElement contact, string name, RequestErrors errors)
    {
        if (!contact.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"reporterContact.{name}", "Enter a valid value");
            return null;
        }

        return string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString()!.Trim();
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^(0[0-9]{9,10}|(\+44|0044)[1-9][0-9]{8,9})$")]
    private static partial Regex UkPhone();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex InternationalPhone();
}
