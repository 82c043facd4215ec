namespace SafeguardingPortal.Reference;

/// <summary>
/// The reference data of <c>content/reference/</c> (architecture.md: its one home), bound as typed options
/// and validated at start-up by <see cref="ReferenceDataValidator"/>.
/// </summary>
public sealed class ReferenceData
{
    public ContactsFile Contacts { get; set; } = new();
    public DepartmentsFile Departments { get; set; } = new();
    public SitesFile Sites { get; set; } = new();
    public BankHolidaysFile BankHolidays { get; set; } = new();

    public CouncilsFile Councils { get; set; } = new();

    /// <summary>The versions of every file, recorded with each routing decision later on.</summary>
    public string Version => $"contacts {Contacts.Version}; departments {Departments.Version}; sites {Sites.Version}; bank-holidays {BankHolidays.Version}; councils {Councils.Version}";
}

public abstract class VersionedFile
{
    public string Version { get; set; } = "";
    public string Owner { get; set; } = "";
    public string LastVerified { get; set; } = "";
}

public sealed class ContactsFile : VersionedFile
{
    public OfficeHours OfficeHours { get; set; } = new();
    public CampaignContact Campaign { get; set; } = new();
    public string Emergency { get; set; } = "";
    public List<TeamContact> Teams { get; set; } = [];
    public List<NationalService> National { get; set; } = [];

    /// <summary>Team key (children, adults, lado, prevent, safeguardingLead) → the mailbox notifications go to.</summary>
    public Dictionary<string, string> Mailboxes { get; set; } = [];

    public TeamContact Team(string key) => Teams.Single(t => t.Key == key);
}

public sealed class OfficeHours
{
    public string TimeZone { get; set; } = "";
    public string Opens { get; set; } = "";
    public string Closes { get; set; } = "";
    public string ClosingHourStarts { get; set; } = "";

    public TimeOnly OpensAt => TimeOnly.Parse(Opens, System.Globalization.CultureInfo.InvariantCulture);
    public TimeOnly ClosesAt => TimeOnly.Parse(Closes, System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class CampaignContact
{
    public string Phone { get; set; } = "";
    public string WebAddress { get; set; } = "";
}

public sealed class TeamContact
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string DayPhone { get; set; } = "";
    public string? Email { get; set; }
    public string? OutOfHoursName { get; set; }
    public string? OutOfHoursPhone { get; set; }
    public string? OutOfHoursEmail { get; set; }
    public string LastVerified { get; set; } = "";
    public bool Verify { get; set; }
}

public sealed class NationalService
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? Hours { get; set; }
    public bool Verify { get; set; }
}

public sealed class DepartmentsFile : VersionedFile
{
    public List<Department> Departments { get; set; } = [];
}

public sealed class Department
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string LeadMailbox { get; set; } = "";
}

public sealed class SitesFile : VersionedFile
{
    public List<CorporationSite> Sites { get; set; } = [];
}

public sealed class CorporationSite
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string Department { get; set; } = "";
    public string HostAuthority { get; set; } = "";
    public string HostName { get; set; } = "";
    public bool Verify { get; set; }
}

public sealed class BankHolidaysFile : VersionedFile
{
    public string Division { get; set; } = "";
    public Dictionary<int, List<DateOnly>> Years { get; set; } = [];

    public bool IsBankHoliday(DateOnly date) => Years.TryGetValue(date.Year, out var days) && days.Contains(date);
}

/// <summary>Other councils' contacts (routing.md §9.3): empty until the service owner fills and verifies them.</summary>
public sealed class CouncilsFile : VersionedFile
{
    public Dictionary<string, CouncilContact> Councils { get; set; } = [];
}

public sealed class CouncilContact
{
    public string? Name { get; set; }

    public string? ChildrenDayPhone { get; set; }

    public string? ChildrenOutOfHoursPhone { get; set; }

    public string? AdultsDayPhone { get; set; }

    public string? AdultsOutOfHoursPhone { get; set; }

    public string? LadoContact { get; set; }

    public string? PreventContact { get; set; }

    public string? Website { get; set; }

    public string LastVerified { get; set; } = "";
}
