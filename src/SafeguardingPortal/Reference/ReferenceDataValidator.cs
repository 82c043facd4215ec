using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Reference;

/// <summary>Start-up validation of the reference data: the portal does not start with a number missing.</summary>
public sealed class ReferenceDataValidator : IValidateOptions<ReferenceData>
{
    public static readonly string[] RequiredTeams = ["children", "adults", "lado"];

    public ValidateOptionsResult Validate(string? name, ReferenceData data)
    {
        var failures = new List<string>();
        foreach (var (file, versioned) in new (string, VersionedFile)[]
                 { ("contacts", data.Contacts), ("departments", data.Departments), ("sites", data.Sites), ("bank-holidays", data.BankHolidays) })
        {
            if (string.IsNullOrWhiteSpace(versioned.Version) || string.IsNullOrWhiteSpace(versioned.Owner) || string.IsNullOrWhiteSpace(versioned.LastVerified))
            {
                failures.Add($"{file}.yml needs version, owner and lastVerified");
            }
        }

        var contacts = data.Contacts;
        if (string.IsNullOrWhiteSpace(contacts.Emergency) || string.IsNullOrWhiteSpace(contacts.Campaign.Phone))
        {
            failures.Add("contacts.yml needs the emergency number and the campaign phone number");
        }

        if (contacts.OfficeHours.TimeZone != "Europe/London" || !TimeOnly.TryParse(contacts.OfficeHours.Opens, out _) || !TimeOnly.TryParse(contacts.OfficeHours.Closes, out _))
        {
            failures.Add("contacts.yml officeHours needs timeZone Europe/London and opens/closes times");
        }

        foreach (var key in RequiredTeams)
        {
            var team = contacts.Teams.SingleOrDefault(t => t.Key == key);
            if (team is null || string.IsNullOrWhiteSpace(team.DayPhone) || string.IsNullOrWhiteSpace(team.Name))
            {
                failures.Add($"contacts.yml needs team '{key}' with a name and dayPhone");
            }
        }

        if (contacts.Teams.Where(t => t.Key is "children" or "adults").Any(t => string.IsNullOrWhiteSpace(t.OutOfHoursPhone)))
        {
            failures.Add("contacts.yml: the children's and adults' teams need an outOfHoursPhone");
        }

        if (data.Departments.Departments.Count == 0 || data.Departments.Departments.Select(d => d.Slug).Distinct().Count() != data.Departments.Departments.Count)
        {
            failures.Add("departments.yml needs departments with unique slugs");
        }

        var departments = data.Departments.Departments.Select(d => d.Slug).ToHashSet();
        failures.AddRange(data.Sites.Sites.Where(s => !departments.Contains(s.Department) || string.IsNullOrWhiteSpace(s.HostAuthority))
            .Select(s => $"sites.yml: site '{s.Slug}' needs a known department and a hostAuthority"));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
