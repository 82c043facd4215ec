using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 6, when the postcode is known: looked up as routing.md §4 says (page 6a follows when it straddles or is unknown).</summary>
public sealed class PostcodeStep : JourneyStep
{
    public const string Field = "postcode";

    public override string Slug => "postcode";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => c.Answers.People[person].HomeStatus == "postcode";

    public override bool IsAnswered(StepContext c, int person) => Postcode.TryNormalise(c.Answers.People[person].Postcode, out _);

    public override QuestionView Render(StepContext c, int person)
    {
        var p = c.Answers.People[person];
        var heading = JourneyText.Ask(c, person, name => c.T["What is {0}'s postcode?", name], c.T["What is your postcode?"]);
        var field = new TextField(Field, heading, p.Postcode ?? PregnantPersonsHome(c, person)?.Postcode)
        {
            Hint = c.T["For example, EC2V 7HH"],
            WidthClass = "govuk-input--width-10",
            Autocomplete = c.IsReporter(person) ? "postal-code" : "off",
            Spellcheck = false,
        };
        return new QuestionView(heading, [field], Summary: false) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var p = c.Answers.People[person];
        var (previousPostcode, previousCouncil) = (p.Postcode, p.Council);
        p.Postcode = Typed(form, Field);
        if (Read(c, p.Postcode, Field, errors, out var normalised))
        {
            // A council chosen for another postcode no longer applies.
            p.Postcode = Postcode.Display(normalised);
            p.Council = p.Postcode == previousPostcode ? previousCouncil : null;
        }
    }

    /// <summary>Reads a typed postcode, with the API's messages (routing.md §11.4).</summary>
    public static bool Read(StepContext c, string? typed, string field, FormErrors errors, out string normalised)
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

    /// <summary>The lookup of a person's home postcode, when they gave one.</summary>
    public static PostcodeLookup? Lookup(StepContext c, PersonAnswers p) =>
        p.HomeStatus == "postcode" && Postcode.TryNormalise(p.Postcode, out var normalised) ? c.Routing.LookupPostcode(normalised) : null;

    /// <summary>An unborn baby's home starts as the home of the person before them, usually the pregnant person (§2 page 5).</summary>
    public static PersonAnswers? PregnantPersonsHome(StepContext c, int person) =>
        c.Answers.People[person].AgeKind == "unborn"
            ? c.Answers.People.Take(person).LastOrDefault(p => p.HomeStatus is not null)
            : null;
}
