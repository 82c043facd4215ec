using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 6, first part: whether the reporter knows the person's postcode, or that they have no fixed address, live abroad, or not known (§3.1).</summary>
public sealed class HomeStep : JourneyStep
{
    public const string Field = "homeStatus";

    public override string Slug => "home";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => true;

    public override bool IsAnswered(StepContext c, int person) => c.Answers.People[person].HomeStatus is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var status = c.Answers.People[person].HomeStatus ?? PostcodeStep.PregnantPersonsHome(c, person)?.HomeStatus;
        var heading = JourneyText.Ask(c, person, name => c.T["Where does {0} live?", name], c.T["Where do you live?"]);
        var field = new ChoiceField(Field, heading, Options(c, person), status is null ? [] : [status]);
        return new QuestionView(heading, [field]) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        string? status = form[Field];
        if (!Options(c, person).Any(o => o.Value == status))
        {
            errors.Add(Field, c.T["Select where they live"]);
            return;
        }

        c.Answers.People[person].HomeStatus = status;
    }

    /// <summary>Where the person lives, with the postcode and the council a postcode was matched to (page 6a has its own row).</summary>
    public override IEnumerable<(string Question, string Answer)> Summarise(StepContext c, int person)
    {
        var p = c.Answers.People[person];
        var answer = Options(c, person).First(o => o.Value == p.HomeStatus).Text;
        yield return (c.T["Where they live"], p.HomeStatus == "postcode" ? p.Postcode ?? answer : answer);
        if (PostcodeStep.Lookup(c, p) is { Match: Postcodes.PostcodeMatch.Single } lookup)
        {
            yield return (c.T["Council"], c.Routing.Register.Find(lookup.Authority)?.Name ?? lookup.Authority!);
        }
    }

    private static List<ChoiceOption> Options(StepContext c, int person)
    {
        var you = c.IsReporter(person);
        return
        [
            new("postcode", you ? c.T["I'll give my postcode"] : c.T["I know their postcode"]),
            new("noFixedAddress", you ? c.T["I have no fixed address"] : c.T["They have no fixed address"]),
            new("outsideUk", you ? c.T["I live outside the UK"] : c.T["They live outside the UK"]),
            new("dontKnow", you ? c.T["I'd rather not say"] : c.T["I don't know"], DividerBefore: c.T["or"]),
        ];
    }
}
