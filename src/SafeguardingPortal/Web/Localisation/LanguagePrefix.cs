using System.Globalization;
using SafeguardingPortal.Content;

namespace SafeguardingPortal.Web.Localisation;

/// <summary>
/// <c>/bn/…</c> is the Bengali site. The prefix moves into the request's PathBase, so every page serves both
/// languages and every generated link keeps the prefix without knowing about it.
/// </summary>
public static class LanguagePrefix
{
    public static IApplicationBuilder UseLanguagePrefix(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var language = Languages.English;
        foreach (var candidate in Languages.All.Where(l => l != Languages.English))
        {
            if (context.Request.Path.StartsWithSegments("/" + candidate.Code, out var rest))
            {
                language = candidate;
                context.Request.PathBase = context.Request.PathBase.Add("/" + candidate.Code);
                context.Request.Path = rest.HasValue ? rest : "/";
            }
        }

        var culture = CultureInfo.GetCultureInfo(language.CultureName);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        context.Features.Set(language);
        return next(context);
    });

    public static Language Language(this HttpContext context) => context.Features.Get<Language>() ?? Languages.English;

    /// <summary>The same path in another language: <c>/bn/posters</c> ↔ <c>/posters</c>.</summary>
    public static string PathIn(Language language, string path) =>
        language == Languages.English ? path : "/" + language.Code + (path == "/" ? string.Empty : path);
}
