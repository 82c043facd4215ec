using System.Globalization;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 5, when the reporter knows roughly how old the person is: whole years, 0 to 120 (§11.4).</summary>
public sealed class AgeInYearsStep : JourneyStep
{
    public const string Field = "ageYears";

    public override string Slug => "age-in-years";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => c.Answers.People[person].AgeKind == "years";

    public override bool IsAnswered(StepContext c, int person) => Years(c.Answers.People[person].AgeYears) is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var heading = JourneyText.Ask(c, person, name => c.T["About how old is {0}?", name], c.T["How old are you?"]);
        var field = new TextField(Field, heading, c.Answers.People[person].AgeYears)
        {
            Hint = c.T["In years. Your best guess is fine."],
            WidthClass = "govuk-input--width-3",
            InputMode = "numeric",
            Spellcheck = false,
        };
        return new QuestionView(heading, [field], Summary: false) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var typed = Typed(form, Field);
        c.Answers.People[person].AgeYears = typed;
        if (typed is null)
        {
            errors.Add(Field, c.T["Enter their age in years"]);
        }
        else if (Years(typed) is null)
        {
            errors.Add(Field, c.T["Age must be a whole number between 0 and 120"]);
        }
    }

    public static int? Years(string? typed) =>
        int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= DateOfBirthStep.MaxAge ? years : null;
}
