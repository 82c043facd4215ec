using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Content;
using SafeguardingPortal.Features.Campaign;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Web.Localisation;

namespace SafeguardingPortal.Web.Layout;

/// <summary>Builds the layout's <see cref="PageChrome"/> for the current request.</summary>
public sealed class PageChromeProvider(CampaignContent content, IOptions<ReferenceData> reference, IStringLocalizer<UiText> text)
{
    private static readonly string[] FooterPages = ["/accessibility", "/privacy", "/contact"];

    public PageChrome Create(HttpContext context)
    {
        var language = context.Language();
        var path = context.Request.Path.Value ?? "/";
        var english = content.Snapshot.Pages.Where(p => p.Language == Languages.English.Code);

        var navigation = english
            .Where(p => p.NavigationOrder is not null && content.Snapshot.IsVisible(p, content.Today))
            .OrderBy(p => p.NavigationOrder)
            .Select(p => Link(p.Path))
            .ToList();

        var other = language == Languages.English ? Languages.Bengali : Languages.English;
        var shown = context.Features.Get<ShownContent>();
        var team = reference.Value.Contacts;
        var runningPhase = content.RunningPhases().FirstOrDefault();

        return new PageChrome(
            language.Code,
            navigation,
            new AlternateLanguage(other.Code, other.NativeName, LanguagePrefix.PathIn(other, path) + context.Request.QueryString),
            runningPhase?.Name,
            shown is { IsFallback: false, Page.IsDraftTranslation: true },
            new ChromeContacts(
                team.Emergency,
                team.Campaign.Phone,
                team.Team("children").DayPhone,
                team.Team("adults").DayPhone,
                team.Team("children").OutOfHoursPhone!,
                team.Team("adults").OutOfHoursPhone!),
            [.. FooterPages.Select(Link), AccountLink()]);

        NavigationLink Link(string target)
        {
            var page = content.Snapshot.Find(language.Code, target) ?? content.Snapshot.Find(Languages.English.Code, target);
            return new NavigationLink(page?.Title ?? target, context.Request.PathBase + target, IsCurrent(target));
        }

        // Staff, Members and partners find sign-in at the foot of every page; the public pages stay about reporting.
        NavigationLink AccountLink() => context.User.Identity?.IsAuthenticated == true
            ? new NavigationLink(text["Your account"], "/account", IsCurrent("/account"))
            : new NavigationLink(text["Sign in"], "/account/sign-in", IsCurrent("/account/sign-in"));

        bool IsCurrent(string target) => target == "/" ? path == "/" : path == target || path.StartsWith(target + "/", StringComparison.Ordinal);
    }
}
