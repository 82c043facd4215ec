using Microsoft.AspNetCore.Razor.TagHelpers;
using SafeguardingPortal.Content;

namespace SafeguardingPortal.Web;

/// <summary>
/// <c>&lt;sanitised-content html="…" /&gt;</c>: the one place a view writes markup unencoded, and it accepts only
/// <see cref="SanitisedHtml"/>, which only the allow-list can produce.
/// </summary>
[HtmlTargetElement("sanitised-content", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SanitisedContentTagHelper : TagHelper
{
    public SanitisedHtml Html { get; set; } = SanitisedHtml.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(Html.Value);
    }
}
