using System.Text.Json;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Concerns.Postcodes;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>
/// Reads a RoutingRequest from JSON and validates it as routing.md §11.4 says: every error, keyed by its camelCase
/// field path, with GOV.UK-style messages. Wrong types and unknown values are errors on their field, never a crash.
/// </summary>
public sealed class RoutingRequestReader(RoutingData data)
{
    public const int MaxPeople = 10;

    /// <param name="now">The server's time, for dates of birth when the request gives no <c>submittedAt</c>.</param>
    public (RoutingRequest? Request, DateTimeOffset? SubmittedAt) Read(JsonElement root, DateTimeOffset now, RequestErrors errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("immediateDanger", "Select whether anyone is in immediate danger");
            return (null, null);
        }

        var json = new JsonReader(root, errors);
        var danger = json.Enum<Answer>("immediateDanger", "Select whether anyone is in immediate danger", required: true);
        var canWait = json.Enum<Answer>("canWaitUntilNextWorkingDay", "Select whether this can wait until the next working day", required: danger is not Answer.Yes);
        var submittedAt = json.Instant("submittedAt", "Enter the submission time with a time zone offset");
        var today = LondonTime.Date(submittedAt ?? now);

        var reporter = ReadReporter(json);
        var people = ReadPeople(json, today);
        var harmer = ReadHarmer(json);
        var household = json.Enum<YesNoDontKnow>("otherChildrenInHousehold", "Select whether there are other children in the household", required: true);

        if (reporter is not null && people is not null)
        {
            CrossChecks(json, reporter, people);
        }

        return errors.Any
            ? (null, submittedAt)
            : (new RoutingRequest(danger!.Value, canWait, reporter!, people!, harmer, household!.Value), submittedAt);
    }

    private Reporter? ReadReporter(JsonReader json)
    {
        var reporter = json.Object("reporter", required: true, "Select which of these describes you", "reporter.role");
        if (reporter is null)
        {
            return null;
        }

        var role = reporter.Enum<ReporterRole>("role", "Select which of these describes you", required: true);
        var department = reporter.String("department");
        if (role == ReporterRole.CorporationStaff && (department is null || !data.Departments.Contains(department)))
        {
            reporter.Error("department", "Select your department");
        }

        var profession = reporter.Enum<RegulatedProfession>("regulatedProfession", "Select whether you are a regulated professional or a teacher");
        var anonymous = reporter.Bool("anonymous") ?? false;
        if (anonymous && role is ReporterRole.CorporationStaff or ReporterRole.Professional)
        {
            reporter.Error("anonymous", "Staff and professionals cannot report anonymously");
        }

        var passOn = reporter.Bool("passOnToOtherCouncil") ?? false;
        return role is null ? null : new Reporter(role.Value, role == ReporterRole.CorporationStaff ? department : null, profession ?? RegulatedProfession.Neither, anonymous, passOn);
    }

    private List<Person>? ReadPeople(JsonReader json, DateOnly today)
    {
        var items = json.Array("people", "Add between 1 and 10 people");
        if (items is null)
        {
            return null;
        }

        if (items.Count is 0 or > MaxPeople)
        {
            json.Error("people", "Add between 1 and 10 people");
            return null;
        }

        var people = new List<Person>();
        for (var i = 0; i < items.Count; i++)
        {
            if (ReadPerson(items[i], today) is { } person)
            {
                people.Add(person);
            }
        }

        return people.Count == items.Count ? people : null;
    }

    private Person? ReadPerson(JsonReader person, DateOnly today)
    {
        const string AgeMessage = "Enter their age or date of birth, or select \"I don't know\"";
        var ageYears = person.Int("ageYears", "Age must be between 0 and 120");
        if (ageYears is < 0 or > 120)
        {
            person.Error("ageYears", "Age must be between 0 and 120");
        }

        var dateOfBirth = person.Date("dateOfBirth", "Date of birth must be a real date in the past");
        if (dateOfBirth is { } born && (born > today || born < today.AddYears(-120)))
        {
            person.Error("dateOfBirth", "Date of birth must be a real date in the past");
        }

        var ageUnknown = person.Bool("ageUnknown") ?? false;
        var unborn = person.Bool("unborn") ?? false;
        if (ageYears is null && dateOfBirth is null && !ageUnknown && !unborn && !person.HasError("ageYears") && !person.HasError("dateOfBirth"))
        {
            person.Error("ageYears", AgeMessage);
        }

        var home = ReadHome(person);
        var present = person.Enum<PresentLocation>("presentLocation", "Select where they are now", required: true);
        var site = person.String("corporationSite");
        if (present == PresentLocation.CorporationSite && (site is null || !data.CorporationSites.ContainsKey(site)))
        {
            person.Error("corporationSite", "Select the City of London site");
        }

        var categories = ReadCategories(person);
        var adult = !unborn && (dateOfBirth is { } birth ? PersonFacts.AgeFrom(birth, today) : ageYears) >= 18;
        const string YesNo = "Select yes, no or I don't know";
        var needs = person.Enum<YesNoDontKnow>("careAndSupportNeeds", YesNo, required: adult);
        var protect = person.Enum<YesNoDontKnow>("canProtectThemselves", YesNo, required: adult);
        var careLeaver = person.Enum<YesNoDontKnow>("careLeaver", YesNo);
        var fgmKnown = person.Bool("fgmKnownCase") ?? false;

        return person.HasErrors || home is null || present is null || categories is null
            ? null
            : new Person(home, present.Value, categories, ageYears, dateOfBirth, ageUnknown, unborn,
                present == PresentLocation.CorporationSite ? site : null, needs, protect, careLeaver, fgmKnown);
    }

    private Home? ReadHome(JsonReader person)
    {
        var home = person.Object("home", required: true, "Select where they live", "home.status");
        if (home is null)
        {
            return null;
        }

        var status = home.Enum<HomeStatus>("status", "Select where they live", required: true);
        if (status != HomeStatus.Postcode)
        {
            return status is null ? null : new Home(status.Value);
        }

        var postcode = ReadPostcode(home, "postcode", required: true);
        var chosen = home.String("authorityCode");
        if (postcode is null)
        {
            return null;
        }

        if (chosen is not null && !IsAllowedChoice(chosen, data.LookupPostcode(postcode)))
        {
            home.Error("authorityCode", "Select one of the councils listed");
            return null;
        }

        return new Home(HomeStatus.Postcode, postcode, chosen);
    }

    /// <summary>A chosen council must be one the postcode allows, compared as social-care authorities (§3.1.3).</summary>
    private bool IsAllowedChoice(string code, PostcodeLookup lookup)
    {
        var socialCare = data.Register.SocialCareCode(code);
        return socialCare is not null && lookup.Match switch
        {
            PostcodeMatch.Single => socialCare == lookup.Authority,
            PostcodeMatch.Straddle => lookup.Candidates.Contains(socialCare),
            _ => true,
        };
    }

    private static HashSet<Category>? ReadCategories(JsonReader person)
    {
        const string Message = "Select what you are worried about";
        var items = person.Array("categories", Message);
        if (items is null)
        {
            return null;
        }

        var categories = new HashSet<Category>();
        foreach (var item in items)
        {
            if (item.AsEnum<Category>() is { } category)
            {
                categories.Add(category);
            }
            else
            {
                person.Error("categories", Message);
                return null;
            }
        }

        if (categories.Count == 0 || (categories.Contains(Category.NotSure) && categories.Count > 1))
        {
            person.Error("categories", Message);
            return null;
        }

        return categories;
    }

    private Harmer? ReadHarmer(JsonReader json)
    {
        var harmer = json.Object("harmer", required: false, string.Empty, string.Empty);
        if (harmer is null)
        {
            return null;
        }

        const string YesNo = "Select yes, no or I don't know";
        var children = harmer.Enum<HarmerAnswer>("worksWithChildren", YesNo, required: true);
        var adults = harmer.Enum<HarmerAnswer>("worksWithAdultsAtRisk", YesNo) ?? HarmerAnswer.DontKnow;
        var under18 = harmer.Enum<YesNoDontKnow>("under18", YesNo) ?? YesNoDontKnow.DontKnow;
        var ownDepartment = harmer.Enum<YesNoDontKnow>("worksInReportersDepartment", YesNo);
        var postcode = ReadPostcode(harmer, "employerPostcode", required: false);
        var employer = harmer.String("employerAuthorityCode");
        if (employer is not null && (data.Register.SocialCareCode(employer) is null
                                     || (postcode is not null && !IsAllowedChoice(employer, data.LookupPostcode(postcode)))))
        {
            harmer.Error("employerAuthorityCode", "Select one of the councils listed");
        }

        return harmer.HasErrors || children is null
            ? null
            : new Harmer(children.Value, adults, postcode, employer, under18, ownDepartment);
    }

    private static string? ReadPostcode(JsonReader json, string field, bool required)
    {
        var text = json.String(field);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                json.Error(field, "Enter a postcode, like EC2V 7HH");
            }

            return null;
        }

        if (!Postcode.TryNormalise(text, out var normalised))
        {
            json.Error(field, "Enter a real postcode");
            return null;
        }

        return normalised;
    }

    private static void CrossChecks(JsonReader json, Reporter reporter, List<Person> people)
    {
        if (reporter.Role == ReporterRole.Self && people[0].Unborn)
        {
            json.Error("people[0].unborn", "If you are telling us about yourself, add yourself first");
        }

        // R20 needs to know whether a staff member or professional reporting FGM is a regulated professional.
        if (reporter.Role is ReporterRole.CorporationStaff or ReporterRole.Professional
            && people.Any(p => p.Categories.Contains(Category.Fgm))
            && !json.Has("reporter", "regulatedProfession"))
        {
            json.Error("reporter.regulatedProfession", "Select whether you are a regulated professional or a teacher");
        }
    }
}
