using SafeguardingPortal.Features.Concerns.Api;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>Page 18: the reporter's name and an email address or phone number, required unless they chose anonymity.</summary>
public sealed class DetailsStep : JourneyStep
{
    public override string Slug => "your-details";

    public override bool IsShown(StepContext c, int person) => c.Answers.IsStaffOrProfessional || c.Answers.GiveName == "yes";

    public override bool IsAnswered(StepContext c, int person) =>
        c.Answers.Name is not null && (c.Answers.Email is not null || c.Answers.Phone is not null);

    public override QuestionView Render(StepContext c, int person)
    {
        var a = c.Answers;
        FormField[] fields =
        [
            new TextField("name", c.T["Full name"], a.Name) { Autocomplete = "name", Spellcheck = false },
            new TextField("email", c.T["Email address"], a.Email)
            {
                Type = "email",
                Autocomplete = "email",
                Spellcheck = false,
                Hint = c.T["If you give an email address, we will send an email to it to say we have received your report. The email will not include what you told us."],
            },
            new TextField("phone", c.T["Phone number"], a.Phone) { Type = "tel", Autocomplete = "tel", WidthClass = "govuk-input--width-20" },
        ];
        return new QuestionView(c.T["Your details"], fields)
        {
            Hint = a.IsStaffOrProfessional
                ? c.T["Staff and professionals cannot report anonymously. Give your name and an email address or a phone number, so the team can contact you."]
                : c.T["Give your name and an email address or a phone number. We will only use them to contact you about this report."],
        };
    }

    public override void Bind(IFormCollection form, StepContext c, int person, FormErrors errors)
    {
        var a = c.Answers;
        a.Name = Typed(form, "name");
        a.Email = Typed(form, "email");
        a.Phone = Typed(form, "phone");
        if (a.Name is null)
        {
            errors.Add("name", c.T["Enter your name"]);
        }
        else if (a.Name.Length > ConcernSubmissionReader.NameMax)
        {
            errors.Add("name", c.T["Name must be 100 characters or fewer"]);
        }

        if (a.Email is null && a.Phone is null)
        {
            errors.Add("email", c.T["Enter an email address or a phone number"]);
        }

        if (a.Email is not null && !ConcernSubmissionReader.IsEmail(a.Email))
        {
            errors.Add("email", c.T["Enter an email address in the correct format, like name@example.com"]);
        }

        if (a.Phone is not null && !ConcernSubmissionReader.IsPhone(a.Phone))
        {
            errors.Add("phone", c.T["Enter a real phone number, like 020 7946 0000"]);
        }
    }
}
