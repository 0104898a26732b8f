namespace WellPath.Catalog.DemoData;

internal static class DemoNames
{
    private static readonly string[] First =
    [
        "Priya", "Tom", "Aisha", "Owen", "Grace", "Marcus", "Chloe", "Ravi", "Hannah", "Daniel", "Sofia", "Liam", "Nia", "Ethan",
        "Zara", "Callum", "Maya", "Joel", "Imogen", "Kwame", "Freya", "Luca", "Amara", "Rhys", "Elena", "Sam", "Leah", "Jamal",
        "Isla", "Mateo", "Ruby", "Dev", "Alice", "Noah", "Yasmin",
    ];

    private static readonly string[] Last =
    [
        "Patel", "Hughes", "Khan", "Evans", "Okafor", "Reid", "Nguyen", "Sharma", "Jones", "Murphy", "Rossi", "O'Brien", "Mensah",
        "Walsh", "Ahmed", "Fraser", "Kowalski", "Price", "Tanaka", "Bennett", "García", "Lloyd", "Osei", "Morgan", "Novak",
        "Campbell", "Silva", "Davies", "Hassan", "Wright", "Chen",
    ];

    /// <summary>A name for practitioner <paramref name="number"/>; distinct for the first thousand.</summary>
    public static (string First, string Last) For(int number) =>
        (First[(number - 1) % First.Length], Last[((number - 1) * 7) % Last.Length]);
}
