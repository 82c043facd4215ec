using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// "Which council area?" (pages 6a and 14d): asked when a postcode straddles councils or is not known, and offered
/// through "Change" when it was matched by best fit. Radios for up to six councils, a list for more.
/// </summary>
public sealed class CouncilStep(string slug, bool forWorkplace) : JourneyStep
{
    public const string Field = "council";
    private const int MaxRadios = 6;

    public override string Slug => slug;

    public override bool PerPerson => !forWorkplace;

    public override bool IsShown(StepContext c, int person) => Lookup(c, person)?.Match is PostcodeMatch.Straddle or PostcodeMatch.Unknown or PostcodeMatch.BestFit;

    /// <summary>A best-fit match stands until the reporter changes it.</summary>
    public override bool IsAnswered(StepContext c, int person) => Get(c, person) is not null || Lookup(c, person)?.Match == PostcodeMatch.BestFit;

    public override QuestionView Render(StepContext c, int person)
    {
        var lookup = Lookup(c, person)!;
        var postcode = Postcode.Display(Normalised(c, person)!);
        var heading = forWorkplace ? c.T["Which council area is the organisation in?"] : JourneyText.Ask(c, person, name => c.T["Which council area does {0} live in?", name], c.T["Which council area do you live in?"]);
        var hint = lookup.Match switch
        {
            PostcodeMatch.Straddle => c.T["The postcode {0} is in more than one council area.", postcode],
            PostcodeMatch.BestFit => c.T["We think {0} is in {1}. Change it if that is wrong.", postcode, Name(c, lookup.Authority!)],
            _ => c.T["We could not find which council area {0} is in.", postcode],
        };
        var councils = Councils(c, lookup);
        var dontKnow = new ChoiceOption("dontKnow", c.T["I don't know"], DividerBefore: c.T["or"]);
        var value = Get(c, person) ?? (lookup.Match == PostcodeMatch.BestFit ? lookup.Authority : null);
        FormField field = councils.Count <= MaxRadios
            ? new ChoiceField(Field, heading, [.. councils, dontKnow], value is null ? [] : [value]) { Hint = hint }
            : new SelectField(Field, heading, [new("", c.T["Select a council area"]), dontKnow with { DividerBefore = null }, .. councils], value) { Hint = hint };
        return new QuestionView(heading, [field]) { Caption = JourneyText.Caption(c, person, PerPerson) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        string? value = form[Field];
        if (value != "dontKnow" && !Councils(c, Lookup(c, person)!).Any(o => o.Value == value))
        {
            errors.Add(Field, c.T["Select one of the councils listed, or ‘I don’t know’"]);
            return;
        }

        if (forWorkplace)
        {
            c.Answers.Harmer.EmployerCouncil = value;
        }
        else
        {
            c.Answers.People[person].Council = value;
        }
    }

    public override IEnumerable<(string Question, string Answer)> Summarise(StepContext c, int person)
    {
        var value = Get(c, person) ?? Lookup(c, person)?.Authority;
        yield return (forWorkplace ? c.T["Council area of the organisation"] : c.T["Council"], value is null or "dontKnow" ? c.T["I don't know"] : Name(c, value));
    }

    private string? Get(StepContext c, int person) => forWorkplace ? c.Answers.Harmer.EmployerCouncil : c.Answers.People[person].Council;

    private string? Normalised(StepContext c, int person)
    {
        var (status, typed) = forWorkplace
            ? (c.Answers.Harmer.EmployerPostcodeUnknown || !c.Answers.Harmer.WorksWithPeopleAtRisk ? null : "postcode", c.Answers.Harmer.EmployerPostcode)
            : (c.Answers.People[person].HomeStatus, c.Answers.People[person].Postcode);
        return status == "postcode" && Postcode.TryNormalise(typed, out var normalised) ? normalised : null;
    }

    private PostcodeLookup? Lookup(StepContext c, int person) => Normalised(c, person) is { } postcode ? c.Routing.LookupPostcode(postcode) : null;

    /// <summary>The straddle's candidates, or the whole register (by name) when the postcode is unknown or a best fit.</summary>
    private static List<ChoiceOption> Councils(StepContext c, PostcodeLookup lookup) =>
        lookup.Match == PostcodeMatch.Straddle
            ? [.. lookup.Candidates.Select(code => new ChoiceOption(code, Name(c, code)))]
            : [.. c.Routing.Register.All.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new ChoiceOption(a.Code, a.Name))];

    private static string Name(StepContext c, string code) => c.Routing.Register.Find(code)?.Name ?? code;
}
