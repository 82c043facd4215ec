using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Champions.Briefings;
using SafeguardingPortal.Web.Forms;

namespace SafeguardingPortal.Features.Champions;

/// <summary>
/// Where staff at a briefing sign in with the code on the screen (typed, or from the QR code, which opens this
/// page with it filled in: opening a link never signs anyone in), then answer two feedback questions.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AttendModel(BriefingService briefings) : PageModel
{
    public const string CodeField = "code";
    public const string ConfidenceField = "confidence";
    public const string KnowsField = "knows-whom-to-contact";

    [BindProperty(SupportsGet = true, Name = CodeField)]
    public string? Code { get; set; }

    [BindProperty(Name = ConfidenceField)]
    public string? Confidence { get; set; }

    [BindProperty(Name = KnowsField)]
    public string? Knows { get; set; }

    public FormErrors Errors { get; } = new();

    /// <summary>The briefing just signed in to, whose feedback questions the page now asks.</summary>
    public Guid? BriefingId { get; private set; }

    public SignInOutcome? Outcome { get; private set; }

    public bool FeedbackSaved { get; private set; }

    public FormField CodeInput => new TextField(CodeField, "Sign-in code", Code)
    {
        Hint = "The 6 characters on the screen at the briefing",
        WidthClass = "govuk-input--width-10",
        Autocomplete = "off",
        Spellcheck = false,
    };

    public IEnumerable<FormField> FeedbackFields =>
    [
        new ChoiceField(ConfidenceField, "How confident are you to report a concern now?",
            [new("1", "1 - not at all confident"), new("2", "2"), new("3", "3"), new("4", "4"), new("5", "5 - very confident")],
            Confidence is null ? [] : [Confidence]),
        new ChoiceField(KnowsField, "Do you know whom to contact?", [new("yes", "Yes"), new("no", "No")], Knows is null ? [] : [Knows]),
    ];

    public void OnGet() => Code = AttendanceCodes.Normalise(Code) is { Length: > 0 } code ? code : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await briefings.SignInAsync(UserId, Code, cancellationToken);
        Outcome = result.Outcome;
        if (result.Briefing is null)
        {
            Errors.Add(CodeField, "That code is not one for a briefing happening now. Check the code on the screen and try again");
            return Page();
        }

        BriefingId = result.Briefing.Id;
        return Page();
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid briefing, CancellationToken cancellationToken)
    {
        BriefingId = briefing;
        Outcome = SignInOutcome.SignedIn;
        if (!int.TryParse(Confidence, out var confidence) || confidence is < 1 or > 5)
        {
            Errors.Add(ConfidenceField, "Select how confident you are to report a concern, from 1 to 5");
        }

        if (Knows is not ("yes" or "no"))
        {
            Errors.Add(KnowsField, "Select yes if you know whom to contact");
        }

        if (Errors.Any)
        {
            return Page();
        }

        // False when this person did not sign in to it, or has answered already: either way nothing more is stored.
        await briefings.GiveFeedbackAsync(UserId, briefing, confidence, Knows == "yes", cancellationToken);
        FeedbackSaved = true;
        return Page();
    }

    private Guid UserId => User.UserId() ?? throw new InvalidOperationException("Signing in to a briefing needs a signed-in member of staff");
}
