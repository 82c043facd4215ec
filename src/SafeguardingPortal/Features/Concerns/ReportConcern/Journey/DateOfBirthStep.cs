using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 5, when a date of birth is known: a real date, not in the future, at most 120 years ago (§11.4).</summary>
public sealed class DateOfBirthStep : JourneyStep
{
    public const string Field = "dateOfBirth";
    public const int MaxAge = 120;

    public override string Slug => "date-of-birth";

    public override bool PerPerson => true;

    public override bool IsShown(StepContext c, int person) => c.Answers.People[person].AgeKind == "dateOfBirth";

    public override bool IsAnswered(StepContext c, int person) => Valid(c, c.Answers.People[person]);

    public override QuestionView Render(StepContext c, int person)
    {
        var p = c.Answers.People[person];
        var heading = JourneyText.Ask(c, person, name => c.T["What is {0}'s date of birth?", name], c.T["What is your date of birth?"]);
        var field = new DateField(Field, heading, p.BirthDay, p.BirthMonth, p.BirthYear) { Hint = c.T["For example, 27 3 2015"] };
        return new QuestionView(heading, [field], Summary: false) { Caption = JourneyText.Caption(c, person, true) };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var p = c.Answers.People[person];
        p.BirthDay = Typed(form, $"{Field}-day");
        p.BirthMonth = Typed(form, $"{Field}-month");
        p.BirthYear = Typed(form, $"{Field}-year");
        if (p.BirthDay is null && p.BirthMonth is null && p.BirthYear is null)
        {
            errors.Add(Field, c.T["Enter their date of birth"]);
        }
        else if (!Valid(c, p))
        {
            errors.Add(Field, c.T["Date of birth must be a real date in the past"]);
        }
    }

    private static bool Valid(StepContext c, PersonAnswers p) =>
        DateInputs.Parse(p.BirthYear, p.BirthMonth, p.BirthDay) is { } born && born <= c.Today && born >= c.Today.AddYears(-MaxAge);
}
