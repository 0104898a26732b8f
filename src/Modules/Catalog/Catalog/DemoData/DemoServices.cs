namespace WellPath.Catalog.DemoData;

/// <summary>The demo menu: 25 services in five categories, priced in pounds in Britain and dollars in New York.</summary>
internal static class DemoServices
{
    public const string Physiotherapy = "Physiotherapy";
    public const string Massage = "Massage therapy";
    public const string Nutrition = "Nutrition";
    public const string Rehabilitation = "Rehabilitation";
    public const string Workplace = "Workplace wellness";

    public static readonly IReadOnlyList<string> Disciplines = [Physiotherapy, Massage, Nutrition, Rehabilitation, Workplace];

    private const string Loose = "Wear loose, comfortable clothing and bring any scans or letters from your doctor.";
    private const string Massages = "Please avoid a heavy meal in the hour before your massage and tell us about any allergies to oils.";
    private const string FoodDiary = "Keep a food diary for the three days before your appointment and bring it with you.";

    public static readonly IReadOnlyList<DemoMenuItem> Menu =
    [
        new(Physiotherapy, "Initial physiotherapy assessment", 60, 7500, "Treatment room", Prep: Loose, FollowUp: "Offer a follow-up within 2 weeks"),
        new(Physiotherapy, "Physiotherapy follow-up", 30, 5000, "Treatment room", Prep: Loose),
        new(Physiotherapy, "Sports injury assessment", 45, 6500, "Treatment room", Prep: Loose, BufferAfter: 10),
        new(Physiotherapy, "Acupuncture (dry needling)", 30, 5500, "Treatment room", Prep: "Eat a light meal beforehand."),
        new(Physiotherapy, "Post-operative physiotherapy", 45, 7000, "Treatment room", Prep: Loose, Approval: true, Notice: 1440),
        new(Physiotherapy, "Physical therapy evaluation", 60, 15000, "Treatment room", Prep: Loose, NewYork: true),
        new(Massage, "Sports massage (30 minutes)", 30, 4000, "Massage room", Prep: Massages, BufferAfter: 15),
        new(Massage, "Sports massage (60 minutes)", 60, 6500, "Massage room", Prep: Massages, BufferAfter: 15),
        new(Massage, "Deep tissue massage", 60, 7000, "Massage room", Prep: Massages, BufferAfter: 15),
        new(Massage, "Pregnancy massage", 60, 7000, "Massage room", Prep: "From 14 weeks of pregnancy; bring your maternity notes.", BufferAfter: 15),
        new(Massage, "Hot stone massage", 75, 8500, "Massage room", Prep: Massages, BufferAfter: 15, Visibility: "seasonal"),
        new(Massage, "Therapeutic massage", 60, 12000, "Massage room", Prep: Massages, BufferAfter: 15, NewYork: true),
        new(Nutrition, "Nutrition consultation", 60, 8000, "Consultation room", Prep: FoodDiary, FollowUp: "Review the plan after 4 weeks"),
        new(Nutrition, "Nutrition follow-up", 30, 4500, "Consultation room", Prep: FoodDiary),
        new(Nutrition, "Sports nutrition plan", 45, 6500, "Consultation room", Prep: FoodDiary),
        new(Nutrition, "Meal plan review", 30, 0, null, Visibility: "internal"),
        new(Rehabilitation, "Rehabilitation gym session", 60, 5500, "Rehab gym", Prep: "Bring trainers and a water bottle.", Step: 30),
        new(Rehabilitation, "Return-to-running assessment", 45, 6500, "Rehab gym", Prep: "Bring the shoes you run in."),
        new(Rehabilitation, "Falls prevention assessment", 60, 6000, "Rehab gym", Prep: "Bring a list of your medicines."),
        new(Rehabilitation, "Post-injury strength programme", 45, 6000, "Rehab gym", FollowUp: "Repeat weekly for 6 weeks"),
        new(Rehabilitation, "Hydrotherapy", 45, 6000, null, Visibility: "inactive"),
        new(Workplace, "Workstation assessment", 60, 9500, null, Visibility: "internal", Cancellation: 72),
        new(Workplace, "Corporate health check", 30, 6000, "Consultation room", Prep: "Please do not eat for 2 hours beforehand.", Advance: 180),
        new(Workplace, "Stress management session", 45, 6000, "Consultation room"),
        new(Workplace, "Desk stretch workshop", 60, 3000, "Rehab gym", Step: 60, Cancellation: 48),
    ];
}

internal sealed record DemoMenuItem(
    string Category, string Name, int Duration, int PriceCents, string? RoomType, string? Prep = null, string? FollowUp = null,
    int BufferAfter = 0, bool Approval = false, int Notice = 0, int Step = 15, int Advance = 90, int Cancellation = 24,
    string Visibility = "public", bool NewYork = false);
