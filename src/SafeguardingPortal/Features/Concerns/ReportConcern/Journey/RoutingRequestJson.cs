using System.Text.Json.Nodes;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// The journey's answers as the API's RoutingRequest JSON (routing.md §11.2), so the web journey is read and
/// validated by the same <c>RoutingRequestReader</c> as <c>POST /api/v1/concerns</c> and always gets the same decision.
/// </summary>
public static class RoutingRequestJson
{
    public static JsonObject From(ReportAnswers answers)
    {
        var request = new JsonObject
        {
            ["immediateDanger"] = answers.ImmediateDanger,
            ["canWaitUntilNextWorkingDay"] = answers.ImmediateDanger == "yes" ? null : answers.CanWait,
            ["reporter"] = new JsonObject
            {
                ["role"] = answers.EffectiveRole,
                ["department"] = answers.EffectiveRole == "corporationStaff" ? answers.Department : null,
                ["regulatedProfession"] = answers.IsStaffOrProfessional ? answers.RegulatedProfession : null,
                ["anonymous"] = answers.MayBeAnonymous && answers.GiveName == "no",
                ["passOnToOtherCouncil"] = answers.PassOn ?? false,
            },
            ["people"] = new JsonArray([.. answers.People.Select(p => (JsonNode)Person(p))]),
            ["harmer"] = Harmer(answers),
            ["otherChildrenInHousehold"] = answers.OtherChildren,
        };
        return request;
    }

    private static JsonObject Person(PersonAnswers person)
    {
        var councilUnknown = person.Council == "dontKnow";
        return new JsonObject
        {
            ["ageYears"] = person.AgeKind == "years" ? AgeInYearsStep.Years(person.AgeYears) : null,
            ["dateOfBirth"] = person.AgeKind == "dateOfBirth" ? DateInputs.Iso(person.BirthYear, person.BirthMonth, person.BirthDay) : null,
            ["ageUnknown"] = person.AgeKind == "dontKnow",
            ["unborn"] = person.AgeKind == "unborn",
            ["home"] = new JsonObject
            {
                ["status"] = person.HomeStatus == "postcode" && councilUnknown ? "dontKnow" : person.HomeStatus,
                ["postcode"] = person.HomeStatus == "postcode" && !councilUnknown ? person.Postcode : null,
                ["authorityCode"] = person.HomeStatus == "postcode" && !councilUnknown ? person.Council : null,
            },
            ["presentLocation"] = person.PresentLocation,
            ["corporationSite"] = person.PresentLocation == "corporationSite" ? person.Site : null,
            ["categories"] = new JsonArray([.. (person.Categories ?? []).Select(c => (JsonNode)JsonValue.Create(c))]),
            ["careAndSupportNeeds"] = person.CareNeeds,
            ["canProtectThemselves"] = person.CanProtect,
            ["careLeaver"] = person.CareLeaver,
            ["fgmKnownCase"] = person.FgmKnownCase == "yes",
        };
    }

    private static JsonObject? Harmer(ReportAnswers answers)
    {
        var harmer = answers.Harmer;
        if (harmer.WorksWithChildren is null)
        {
            return null;
        }

        var councilUnknown = harmer.EmployerCouncil == "dontKnow";
        var postcode = harmer.WorksWithPeopleAtRisk && !harmer.EmployerPostcodeUnknown ? harmer.EmployerPostcode : null;
        return new JsonObject
        {
            ["worksWithChildren"] = harmer.WorksWithChildren,
            ["worksWithAdultsAtRisk"] = harmer.IsSomeone ? harmer.WorksWithAdults : null,
            ["under18"] = harmer.IsSomeone ? harmer.Under18 : null,
            ["employerPostcode"] = councilUnknown ? null : postcode,
            ["employerAuthorityCode"] = councilUnknown || postcode is null ? null : harmer.EmployerCouncil,
            ["worksInReportersDepartment"] = harmer.IsSomeone && answers.EffectiveRole == "corporationStaff" ? harmer.WorksInYourDepartment : null,
        };
    }
}
