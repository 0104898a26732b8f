namespace WellPath.Access.Links;

/// <summary>The one field of a request for a mailed link.</summary>
internal sealed class EmailForm
{
    public string? Email { get; set; }
}
