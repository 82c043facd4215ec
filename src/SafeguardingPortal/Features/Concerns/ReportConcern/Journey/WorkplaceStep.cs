using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 14c: where the person causing harm works or volunteers with children or adults (§3.4, R16, R17).</summary>
public sealed class WorkplaceStep : JourneyStep
{
    public const int NameMax = 200;

    public override string Slug => "workplace";

    public override bool IsShown(StepContext c, int person) => c.Answers.Harmer.IsSomeone && c.Answers.Harmer.WorksWithPeopleAtRisk;

    public override bool IsAnswered(StepContext c, int person) =>
        c.Answers.Harmer.EmployerPostcodeUnknown || c.Answers.Harmer.EmployerPostcode is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var h = c.Answers.Harmer;
        var heading = c.T["Where do they work or volunteer with children or adults?"];
        FormField[] fields =
        [
            new TextField("employerName", c.T["Name of the organisation (optional)"], h.EmployerName) { Spellcheck = false },
            new TextField("employerPostcode", c.T["Postcode of the organisation"], h.EmployerPostcode) { WidthClass = "govuk-input--width-10", Autocomplete = "off", Spellcheck = false },
            new ChoiceField("employerPostcodeUnknown", c.T["Postcode not known"], [new("unknown", c.T["I don't know the postcode"])], h.EmployerPostcodeUnknown ? ["unknown"] : [], Multiple: true),
        ];
        return new QuestionView(heading, fields)
        {
            Hint = c.T["The school, club, care home or other place where they do that work, not an agency's or head office."],
        };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var h = c.Answers.Harmer;
        var (previousPostcode, previousCouncil) = (h.EmployerPostcode, h.EmployerCouncil);
        h.EmployerName = Typed(form, "employerName");
        h.EmployerPostcode = Typed(form, "employerPostcode");
        h.EmployerPostcodeUnknown = form["employerPostcodeUnknown"] == "unknown";
        if (h.EmployerName?.Length > NameMax)
        {
            errors.Add("employerName", c.T["Name of the organisation must be 200 characters or fewer"]);
        }

        if (h.EmployerPostcodeUnknown && h.EmployerPostcode is null)
        {
            return;
        }

        if (h.EmployerPostcodeUnknown)
        {
            errors.Add("employerPostcode", c.T["Enter the postcode or select ‘I don’t know the postcode’, not both"]);
        }
        else if (PostcodeStep.Read(c, h.EmployerPostcode, "employerPostcode", errors, out var normalised))
        {
            h.EmployerPostcode = Postcode.Display(normalised);
            h.EmployerCouncil = h.EmployerPostcode == previousPostcode ? previousCouncil : null;
        }
    }
}
