using System.Text;
using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Web.Outbox;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "noticethesigns@cityoflondon.example";

    /// <summary>Development: where <see cref="EmlFileSender"/> writes messages.</summary>
    public string PickupDirectory { get; set; } = "App_Data/outbox";
}

/// <summary>Development's email: each message becomes an .eml file in a local folder, to open in any mail client.</summary>
public sealed class EmlFileSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider time) : IEmailSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var eml = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(message.Recipient).Append("\r\n")
            .Append("Subject: ").Append(message.Subject).Append("\r\n")
            .Append("Date: ").Append(time.GetUtcNow().ToString("r", System.Globalization.CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Message-ID: <").Append(message.Id).Append("@noticethesigns>\r\n")
            .Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(message.TextBody.ReplaceLineEndings("\r\n"));
        await File.WriteAllTextAsync(Path.Combine(folder, $"{message.Id}.eml"), eml.ToString(), cancellationToken);
    }
}
