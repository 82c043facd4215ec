using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SafeguardingPortal.Web.Forms;

/// <summary>
/// A form post the portal cannot read is the sender's mistake, answered 4xx with the error page, never a 500. The
/// antiforgery check reads the form first and already turns most unreadable forms into 400, but not a charset .NET
/// refuses to decode (<c>charset=utf-7</c> throws <see cref="NotSupportedException"/>): this filter reads the form
/// just before that check, and answers 415 for such a charset, 400 for a form over the count limits, 413 for a body
/// over the page's size limit, and 400 for a field holding a NUL character (which PostgreSQL cannot store or query).
/// </summary>
public sealed class UnreadableForms : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After the authorization policies (order 0), before the antiforgery check (order 1000).</summary>
    public int Order => 900;

    public static void Apply(PageConventionCollection pages) => pages.ConfigureFilter(new UnreadableForms());

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        // The error page shown for the refusal is the same request run again: it never reads the form, so let it be.
        if (context.Result is not null || !HttpMethods.IsPost(request.Method) || !request.HasFormContentType
            || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        try
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            if (form.Any(field => field.Key.Contains('\0', StringComparison.Ordinal) || field.Value.Any(value => value?.Contains('\0', StringComparison.Ordinal) == true)))
            {
                // No one types a NUL, and PostgreSQL refuses it in text (22021), which was a 500 wherever it reached a query.
                context.Result = new BadRequestResult();
            }
        }
        catch (NotSupportedException)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status415UnsupportedMediaType);
        }
        catch (InvalidDataException)
        {
            context.Result = new BadRequestResult();
        }
        catch (BadHttpRequestException ex)
        {
            // Over the page's request size limit (413), or a body cut short (400).
            context.Result = new StatusCodeResult(ex.StatusCode);
        }
    }
}
