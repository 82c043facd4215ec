using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Concerns.ReportConcern;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Forms;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// The pledge: one page and one button. Signed-in people pledge with their account; anyone else can pledge with an
/// optional first name and email. Someone with a current pledge is shown it rather than pledging twice.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(PledgeService pledges, PledgeCounts counts, PledgeFormLimiter limiter, PortalLinks links, IOptions<ReferenceData> reference, IStringLocalizer<UiText> localizer) : PageModel
{
    public const string WallOption = "on-wall";
    public const string NameOption = "show-name";

    [BindProperty(Name = "action")]
    public string? PersonalAction { get; set; }

    [BindProperty(Name = "first-name")]
    public string? FirstName { get; set; }

    [BindProperty(Name = "email")]
    public string? Email { get; set; }

    [BindProperty(Name = "wall")]
    public List<string> Wall { get; set; } = [];

    public FormErrors Errors { get; } = new();

    /// <summary>The person's pledge of more than a year ago: the page invites them to renew it.</summary>
    public Pledge? Lapsed { get; private set; }

    public PledgeCountsView Counts { get; private set; } = null!;

    /// <summary>Set when the address has sent too many pledges: the form comes back, answers kept, with a 429.</summary>
    public bool TooMany { get; private set; }

    public bool SignedIn => User.UserId() is not null;

    public IEnumerable<FormField> Fields =>
    [
        .. SignedIn ? Array.Empty<FormField>() :
        [
            new TextField("first-name", T["First name (optional)"], FirstName) { WidthClass = "govuk-!-width-one-half", Autocomplete = "given-name", Spellcheck = false },
            new TextField("email", T["Email address (optional)"], Email)
            {
                Hint = T["We will send you your pledge card link and how to report a concern. We will not use it for anything else."],
                Type = "email", Autocomplete = "email", Spellcheck = false,
            },
        ],
        new TextareaField("action", T["Your own action (optional)"], PersonalAction, Pledge.PersonalActionMaxLength)
        {
            Hint = T["For example: I will save the reporting number in my phone."],
            Rows = 3,
        },
        new ChoiceField("wall", T["The pledge wall"],
        [
            new(WallOption, T["Add my pledge to the pledge wall"], T["Without your name unless you choose below."]),
            new(NameOption, SignedIn ? T["Show my first name and department"] : T["Show my first name"]),
        ], Wall, Multiple: true),
    ];

    private IStringLocalizer<UiText> T => localizer;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.UserId() is { } userId && await pledges.LatestOfAsync(userId, cancellationToken) is { } latest)
        {
            if (PledgeRules.IsCurrent(latest, pledges.Now))
            {
                return Redirect(links.Pledge(pledges.TokenFor(latest)));
            }

            Lapsed = latest;
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn && FirstName?.Trim().Length > Pledge.FirstNameMaxLength)
        {
            Errors.Add("first-name", T["First name must be {0} characters or fewer", Pledge.FirstNameMaxLength]);
        }

        if (!SignedIn && !string.IsNullOrWhiteSpace(Email) && !LooksLikeEmail(Email.Trim()))
        {
            Errors.Add("email", T["Enter an email address in the correct format, like name@example.com"]);
        }

        if (PersonalAction?.Trim().Length > Pledge.PersonalActionMaxLength)
        {
            Errors.Add("action", T["Your own action must be {0} characters or fewer", Pledge.PersonalActionMaxLength]);
        }

        if (Errors.Any)
        {
            return await ShowAsync(cancellationToken);
        }

        if (!SignedIn && limiter.Refuse(HttpContext) is { } wait)
        {
            TooMany = true;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await ShowAsync(cancellationToken);
        }

        var form = new PledgeForm(PersonalAction, Wall.Contains(WallOption), Wall.Contains(NameOption), FirstName, Email,
            HoneypotFilled: !string.IsNullOrEmpty(Request.Form[ReportLinks.HoneypotField]));
        var pledge = SignedIn ? await pledges.PledgeAsync(User, form, cancellationToken) : await pledges.PledgePubliclyAsync(form, cancellationToken);
        return Redirect(links.Pledge(pledges.TokenFor(pledge)));
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Counts = await PledgeCountsView.LoadAsync(counts, reference.Value, cancellationToken);
        ViewData["Title"] = T["Take the Notice the Signs pledge"].Value;
        return Page();
    }

    private static bool LooksLikeEmail(string value) =>
        value.Length <= Pledge.EmailMaxLength && value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < value.Length - 1 && !value.Contains(' ', StringComparison.Ordinal);
}
