using System.Text;
using MimeKit;

namespace WellPath.SharedKernel.Mail;

/// <summary>One mail to one recipient: a plain-text body and, optionally, an HTML alternative.</summary>
public sealed record MailRequest(string ToAddress, string? ToName, string Subject, string TextBody, string? HtmlBody = null)
{
    public const int MaxAddressLength = 254;
    public const int MaxNameLength = 200;
    public const int MaxSubjectLength = 200;
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field out of bounds.</summary>
    public void Validate()
    {
        if (!IsAddress(ToAddress))
        {
            throw new ArgumentException($"The recipient must be one plain mail address of at most {MaxAddressLength} characters.", nameof(ToAddress));
        }
        if (ToName is not null && (ToName.Length > MaxNameLength || ToName.Any(char.IsControl)))
        {
            throw new ArgumentException($"The recipient name must be one line of at most {MaxNameLength} characters.", nameof(ToName));
        }
        if (string.IsNullOrWhiteSpace(Subject) || Subject.Length > MaxSubjectLength || Subject.Any(char.IsControl))
        {
            throw new ArgumentException($"The subject must be one line of 1 to {MaxSubjectLength} characters.", nameof(Subject));
        }
        if (string.IsNullOrWhiteSpace(TextBody) || Encoding.UTF8.GetByteCount(TextBody) > MaxBodyBytes)
        {
            throw new ArgumentException($"The text body must be 1 byte to {MaxBodyBytes / 1024} KiB.", nameof(TextBody));
        }
        if (HtmlBody is not null && Encoding.UTF8.GetByteCount(HtmlBody) > MaxBodyBytes)
        {
            throw new ArgumentException($"The HTML body must be at most {MaxBodyBytes / 1024} KiB.", nameof(HtmlBody));
        }
    }

    private static bool IsAddress(string? value) =>
        value is { Length: > 0 and <= MaxAddressLength }
        && MailboxAddress.TryParse(value, out var parsed)
        && parsed.Address == value
        && value.Contains('@', StringComparison.Ordinal);
}
