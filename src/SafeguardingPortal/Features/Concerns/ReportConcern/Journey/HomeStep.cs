using SafeguardingPortal.Features.Concerns.Postcodes;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 6: where the person lives — a postcode, no fixed address, not known, or outside the UK (§3.1).</summary>
public sealed class HomeStep : JourneyStep
{
    public override string Slug => "home";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => true;

    public override bool IsAnswered(StepContext c, int person) => c.Answers.People[person].HomeStatus is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var p = c.Answers.People[person];
        var shown = p.HomeStatus is null ? PregnantPersonsHome(c, person) ?? p : p;
        var you = c.IsReporter(person);
        var heading = JourneyText.Ask(c, person, "Where does {0} live?", "Where do you live?");
        var postcode = new TextField("postcode", c.T["Postcode"], shown.Postcode) { WidthClass = "govuk-input--width-10", Autocomplete = you ? "postal-code" : "off", Spellcheck = false };
        List<ChoiceOption> options =
        [
            new("postcode", you ? c.T["I'll give my postcode"] : c.T["I know the postcode"], Conditional: [postcode]),
            new("noFixedAddress", you ? c.T["I have no fixed address"] : c.T["They have no fixed address"]),
            new("outsideUk", you ? c.T["I live outside the UK"] : c.T["They live outside the UK"]),
            new("dontKnow", you ? c.T["I'd rather not say"] : c.T["I don't know"], DividerBefore: c.T["or"]),
        ];
        var field = new ChoiceField("homeStatus", heading, options, shown.HomeStatus is null ? [] : [shown.HomeStatus]);
        return new QuestionView(heading, [field]) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var p = c.Answers.People[person];
        string? status = form["homeStatus"];
        string? typed = form["postcode"];
        var (previousPostcode, previousCouncil) = (p.Postcode, p.Council);
        p.Postcode = string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();
        if (status is not ("postcode" or "noFixedAddress" or "dontKnow" or "outsideUk"))
        {
            errors.Add("homeStatus", c.T["Select where they live"]);
            return;
        }

        p.HomeStatus = status;
        if (status == "postcode")
        {
            if (!ReadPostcode(c, p.Postcode, "postcode", errors, out var normalised))
            {
                return;
            }

            // A council chosen for another postcode no longer applies.
            p.Postcode = Postcode.Display(normalised);
            p.Council = p.Postcode == previousPostcode ? previousCouncil : null;
        }
    }

    /// <summary>Check answers names the council a postcode was matched to; a straddle or unknown one is on page 6a's row.</summary>
    public override IEnumerable<(string Question, string Answer)> Summarise(StepContext c, int person)
    {
        foreach (var row in base.Summarise(c, person))
        {
            yield return row;
        }

        var p = c.Answers.People[person];
        if (p.HomeStatus == "postcode" && Postcode.TryNormalise(p.Postcode, out var normalised)
            && c.Routing.LookupPostcode(normalised) is { Match: PostcodeMatch.Single } lookup)
        {
            yield return (c.T["Council"], c.Routing.Register.Find(lookup.Authority)?.Name ?? lookup.Authority!);
        }
    }

    /// <summary>Reads a typed postcode, with the API's messages (routing.md §11.4).</summary>
    public static bool ReadPostcode(StepContext c, string? typed, string field, FormErrors errors, out string normalised)
    {
        normalised = "";
        if (string.IsNullOrWhiteSpace(typed))
        {
            errors.Add(field, c.T["Enter a postcode, like EC2V 7HH"]);
            return false;
        }

        if (!Postcode.TryNormalise(typed, out normalised))
        {
            errors.Add(field, c.T["Enter a real postcode, like EC2V 7HH"]);
            return false;
        }

        return true;
    }

    /// <summary>An unborn baby's home starts as the home of the person before them, usually the pregnant person (§2 page 5).</summary>
    private static PersonAnswers? PregnantPersonsHome(StepContext c, int person) =>
        c.Answers.People[person].AgeKind == "unborn"
            ? c.Answers.People.Take(person).LastOrDefault(p => p.HomeStatus is not null)
            : null;
}
