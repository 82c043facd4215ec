using SafeguardingPortal.Features.Concerns.Api;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 16: what has happened, in the reporter's words (10 to 5,000 characters, as the API).</summary>
public sealed class DescriptionStep : JourneyStep
{
    public const string Field = "description";

    public override string Slug => "what-happened";

    public override bool IsShown(StepContext c, int person) => true;

    public override bool IsAnswered(StepContext c, int person) => c.Answers.Description is not null;

    public override QuestionView Render(StepContext c, int person)
    {
        var heading = c.T["Tell us what has happened"];
        var field = new TextareaField(Field, heading, c.Answers.Description, ConcernSubmissionReader.DescriptionMax)
        {
            Hint = c.T["Include what you saw or heard, when and where it happened, and anything the person said. You do not need to know everything."],
        };
        return new QuestionView(heading, [field]);
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var text = form[Field].ToString().Trim();
        c.Answers.Description = text;
        if (text.Length < ConcernSubmissionReader.DescriptionMin)
        {
            errors.Add(Field, c.T["Tell us what has happened (at least 10 characters)"]);
        }
        else if (text.Length > ConcernSubmissionReader.DescriptionMax)
        {
            errors.Add(Field, c.T["What has happened must be 5000 characters or fewer"]);
        }
    }
}
