using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web;
using SafeguardingPortal.Web.Forms;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Features.Pledges;

/// <summary>
/// The 30-day follow-up's answer. The email's one-tap links only open this page with their answer chosen, since mail
/// scanners open every link; the button records it, and pressing again changes it. The route is always shown.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class FollowUpModel(PledgeService pledges, PortalLinks links, IOptions<ReferenceData> reference, IStringLocalizer<UiText> localizer) : PageModel
{
    public const string AnswerField = "answer";

    [FromRoute]
    public string Token { get; set; } = "";

    [BindProperty(Name = AnswerField, SupportsGet = true)]
    public string? Answer { get; set; }

    public Pledge Pledge { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public ContactsFile Contacts => reference.Value.Contacts;

    public Uri ReportUrl => links.ReportAbsolute(PledgeLinks.FollowUpSource);

    public ChoiceField Question => new(AnswerField, T["Have you done your action, and do you know how to report a concern?"],
    [
        new(PledgeLinks.AnswerYes, T["Yes, I have"]),
        new(PledgeLinks.AnswerNotYet, T["Not yet"]),
    ], Answer is null ? [] : [Answer]);

    private IStringLocalizer<UiText> T => localizer;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindByFollowUpAsync(Token, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }

        // The link's answer is only a suggestion until the button is pressed; without one, the answer on record shows.
        Answer = Answer is PledgeLinks.AnswerYes or PledgeLinks.AnswerNotYet ? Answer : AnswerOf(pledge.Honoured);
        return Show(pledge);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await pledges.FindByFollowUpAsync(Token, cancellationToken) is not { } pledge)
        {
            return NotFound();
        }

        if (PledgeRules.IsEnded(pledge))
        {
            return Show(pledge);
        }

        if (Answer is not (PledgeLinks.AnswerYes or PledgeLinks.AnswerNotYet))
        {
            Errors.Add(AnswerField, T["Select yes if you have done your action and know how to report a concern"]);
            return Show(pledge);
        }

        await pledges.AnswerFollowUpAsync(pledge, Answer == PledgeLinks.AnswerYes, cancellationToken);
        return RedirectToPage(new { token = Token });
    }

    private PageResult Show(Pledge pledge)
    {
        Pledge = pledge;
        ViewData["Title"] = Question.Label;
        return Page();
    }

    private static string? AnswerOf(bool? honoured) => honoured switch
    {
        true => PledgeLinks.AnswerYes,
        false => PledgeLinks.AnswerNotYet,
        null => null,
    };
}
