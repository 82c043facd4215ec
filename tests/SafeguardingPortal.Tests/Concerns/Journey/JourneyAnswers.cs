using System.Text.Json.Nodes;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns.Journey;

/// <summary>Journey answers for tests: a context over the repository's data, and the answers a reporter would give for an API request.</summary>
public static class JourneyAnswers
{
    public static readonly ReferenceData Reference = LoadReference();

    public static StepContext Context(ReportAnswers answers, DateTimeOffset? now = null) =>
        new(answers, TestRouting.Data, Reference, now ?? new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero), new EnglishText());

    /// <summary>The answers that describe the same report as an API request (routing.md §11.2).</summary>
    public static ReportAnswers From(JsonObject request)
    {
        var reporter = request["reporter"]!.AsObject();
        var role = (string)reporter["role"]!;
        var answers = new ReportAnswers
        {
            ImmediateDanger = (string?)request["immediateDanger"],
            CanWait = (string?)request["canWaitUntilNextWorkingDay"],
            AboutWhom = role == "self" ? "myself" : "someoneElse",
            Role = role == "self" ? null : role,
            Department = (string?)reporter["department"],
            RegulatedProfession = (string?)reporter["regulatedProfession"],
            GiveName = (bool?)reporter["anonymous"] == true ? "no" : "yes",
            PassOn = (bool?)reporter["passOnToOtherCouncil"],
            OtherChildren = (string?)request["otherChildrenInHousehold"],
            People = [.. request["people"]!.AsArray().Select(p => Person(p!.AsObject()))],
        };
        if (request["harmer"] is JsonObject harmer)
        {
            answers.Harmer = new HarmerAnswers
            {
                WorksWithChildren = (string?)harmer["worksWithChildren"],
                WorksWithAdults = (string?)harmer["worksWithAdultsAtRisk"] ?? "dontKnow",
                Under18 = (string?)harmer["under18"] ?? "dontKnow",
                EmployerPostcode = (string?)harmer["employerPostcode"],
                EmployerPostcodeUnknown = harmer["employerPostcode"] is null,
                EmployerCouncil = (string?)harmer["employerAuthorityCode"],
                WorksInYourDepartment = (string?)harmer["worksInReportersDepartment"],
            };
        }

        return answers;
    }

    private static PersonAnswers Person(JsonObject p)
    {
        var home = p["home"]!.AsObject();
        var born = ((string?)p["dateOfBirth"])?.Split('-');
        return new PersonAnswers
        {
            AgeKind = (bool?)p["unborn"] == true ? "unborn" : born is not null ? "dateOfBirth" : p["ageYears"] is not null ? "years" : "dontKnow",
            BirthYear = born?[0],
            BirthMonth = born?[1],
            BirthDay = born?[2],
            AgeYears = p["ageYears"]?.ToString(),
            HomeStatus = (string?)home["status"],
            Postcode = (string?)home["postcode"],
            Council = (string?)home["authorityCode"],
            PresentLocation = (string?)p["presentLocation"],
            Site = (string?)p["corporationSite"],
            Categories = [.. p["categories"]!.AsArray().Select(c => (string)c!)],
            CareNeeds = (string?)p["careAndSupportNeeds"],
            CanProtect = (string?)p["canProtectThemselves"],
            CareLeaver = (string?)p["careLeaver"],
            FgmKnownCase = (bool?)p["fgmKnownCase"] == true ? "yes" : "no",
        };
    }

    private static ReferenceData LoadReference()
    {
        var reference = new ReferenceData();
        ReferenceDataLoader.LoadInto(reference, RepositoryRoot.Combine("content", "reference"));
        return reference;
    }
}
