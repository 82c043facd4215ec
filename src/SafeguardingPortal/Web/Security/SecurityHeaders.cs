using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Accounts.EntraId;

namespace SafeguardingPortal.Web.Security;

/// <summary>The headers of security.md §12, on every response: pages, redirects, errors and static files.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// SHA-256 of the one inline script in GOV.UK Frontend's page template (it marks the body as
    /// JavaScript-enabled before the stylesheet applies). Pinned by a test against govuk-frontend's template.
    /// </summary>
    public const string GovUkInlineScriptHash = "sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw=";

    public const string ContentSecurityPolicy =
        "default-src 'self'; " +
        $"script-src 'self' '{GovUkInlineScriptHash}'; " +
        "style-src 'self'; " +
        "img-src 'self' data:; " +
        "object-src 'none'; " +
        "base-uri 'none'; " +
        "frame-ancestors 'none'; " +
        "form-action 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>
    /// The policy, letting forms also go to <paramref name="signInOrigin"/>: Chromium applies form-action to the
    /// redirect that follows a POST, and the staff sign-in button's POST redirects to Entra ID.
    /// </summary>
    public static string ContentSecurityPolicyFor(string? signInOrigin) =>
        signInOrigin is null ? ContentSecurityPolicy : $"{ContentSecurityPolicy} {signInOrigin}";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var entra = app.ApplicationServices.GetRequiredService<IOptions<EntraIdSettings>>().Value;
        return app.UseSecurityHeaders(ContentSecurityPolicyFor(entra.IsConfigured ? entra.Instance.GetLeftPart(UriPartial.Authority) : null));
    }

    private static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string policy) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    });
}
