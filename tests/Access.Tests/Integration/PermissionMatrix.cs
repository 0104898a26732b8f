using System.Net.Http.Json;

namespace WellPath.Access.Tests.Integration;

/// <summary>
/// Every endpoint of the app against every caller, with the status each must get. A new endpoint must add its row:
/// <see cref="PermissionMatrixTests.Every_endpoint_has_a_row_in_the_matrix"/> fails until it does.
/// </summary>
internal static class PermissionMatrix
{
    private const string UnknownSecret = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    public static readonly string[] Callers = ["anonymous", "admin", "operations", "clinic_manager", "reception", "practitioner", "customer"];

    public static readonly Row[] Rows =
    [
        // Public pages and probes.
        Row.Same("GET", "/", "/", 200),
        Row.Same("GET", "/system-status", "/system-status", 200),
        Row.Same("GET", "/health/live", "/health/live", 200),
        Row.Same("GET", "/health/ready", "/health/ready", 200),
        Row.Same("GET", "/openapi/{documentName}.json", "/openapi/v1.json", 200),
        Row.Same("GET", "/sign-in", "/sign-in", 200),
        // Form posts without the antiforgery field are refused for everyone.
        Row.Same("POST", "/sign-in", "/sign-in", 400, Form),
        Row.Same("POST", "/sign-out", "/sign-out", 400, Form),
        new("GET", "/account", "/account", null, Expect(anonymous: 302, staff: 200)),
        Row.Same("GET", "/password-reset", "/password-reset", 200),
        Row.Same("POST", "/password-reset", "/password-reset", 400, Form),
        Row.Same("GET", "/password-reset/{secret}", $"/password-reset/{UnknownSecret}", 410),
        Row.Same("POST", "/password-reset/{secret}", $"/password-reset/{UnknownSecret}", 400, Form),
        Row.Same("GET", "/account/customer-link", "/account/customer-link", 200),
        Row.Same("POST", "/account/customer-link", "/account/customer-link", 400, Form),
        Row.Same("GET", "/account/customer-link/{secret}", $"/account/customer-link/{UnknownSecret}", 410),
        Row.Same("POST", "/account/customer-link/{secret}", $"/account/customer-link/{UnknownSecret}", 400, Form),
        // Access administration: admin only.
        new("POST", "/api/v1/staff", "/api/v1/staff", NewStaff, Expect(anonymous: 401, admin: 201, staff: 403)),
        new("POST", "/api/v1/tokens", "/api/v1/tokens", NewTokenForUnknownStaff, Expect(anonymous: 401, admin: 422, staff: 403)),
        new("DELETE", "/api/v1/tokens/{id:guid}", $"/api/v1/tokens/{Guid.NewGuid()}", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("GET", "/api/v1/tokens", "/api/v1/tokens", null, Expect(anonymous: 401, admin: 200, staff: 403)),
        new("GET", "/api/v1/staff", "/api/v1/staff", null, Expect(anonymous: 401, admin: 200, staff: 403)),
        new("GET", "/api/v1/staff/{id:guid}", $"/api/v1/staff/{Guid.NewGuid()}", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("PATCH", "/api/v1/staff/{id:guid}", $"/api/v1/staff/{Guid.NewGuid()}", RoleChange, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("POST", "/api/v1/staff/{id:guid}/deactivate", $"/api/v1/staff/{Guid.NewGuid()}/deactivate", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("POST", "/api/v1/staff/{id:guid}/reactivate", $"/api/v1/staff/{Guid.NewGuid()}/reactivate", null, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("GET", "/api/v1/audit-events", "/api/v1/audit-events", null, Expect(anonymous: 401, admin: 200, staff: 403)),
        // Admin pages: anonymous callers are sent to sign in, other roles are refused; posts without the antiforgery field fail.
        new("GET", "/admin/staff", "/admin/staff", null, Expect(anonymous: 302, admin: 200, staff: 403)),
        new("POST", "/admin/staff", "/admin/staff", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/staff/{id:guid}", $"/admin/staff/{Guid.NewGuid()}", null, Expect(anonymous: 302, admin: 404, staff: 403)),
        new("POST", "/admin/staff/{id:guid}", $"/admin/staff/{Guid.NewGuid()}", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/staff/{id:guid}/deactivate", $"/admin/staff/{Guid.NewGuid()}/deactivate", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/staff/{id:guid}/reactivate", $"/admin/staff/{Guid.NewGuid()}/reactivate", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/tokens", "/admin/tokens", null, Expect(anonymous: 302, admin: 200, staff: 403)),
        new("POST", "/admin/tokens", "/admin/tokens", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/tokens/{id:guid}/revoke", $"/admin/tokens/{Guid.NewGuid()}/revoke", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/audit", "/admin/audit", null, Expect(anonymous: 302, admin: 200, staff: 403)),
        Row.Same("GET", "/clinics", "/clinics", 200),
        Row.Same("GET", "/clinics/{id:guid}/services", $"/clinics/{Guid.NewGuid()}/services", 404),
        new("GET", "/admin/catalog/locations", "/admin/catalog/locations", null, Expect(anonymous: 302, staff: 200, customer: 403)),
        new("GET", "/admin/catalog/locations/{id:guid}", $"/admin/catalog/locations/{Guid.NewGuid()}", null, Expect(anonymous: 302, staff: 404, customer: 403)),
        new("POST", "/admin/catalog/locations/{id:guid}", $"/admin/catalog/locations/{Guid.NewGuid()}", Form, LocationEditorForm()),
        new("POST", "/admin/catalog/locations/{id:guid}/closures", $"/admin/catalog/locations/{Guid.NewGuid()}/closures", Form, LocationEditorForm()),
        new("POST", "/admin/catalog/locations/{id:guid}/rooms/{roomId:guid}", $"/admin/catalog/locations/{Guid.NewGuid()}/rooms/{Guid.NewGuid()}", Form, LocationEditorForm()),
        new("POST", "/admin/catalog/locations/{id:guid}/rooms", $"/admin/catalog/locations/{Guid.NewGuid()}/rooms", Form, LocationEditorForm()),
        new("GET", "/admin/catalog/services", "/admin/catalog/services", null, Expect(anonymous: 302, staff: 200, customer: 403)),
        new("GET", "/admin/catalog/services/new", "/admin/catalog/services/new", null, Expect(anonymous: 302, staff: 200, customer: 403)),
        new("GET", "/admin/catalog/services/{id:guid}", $"/admin/catalog/services/{Guid.NewGuid()}", null, Expect(anonymous: 302, staff: 404, customer: 403)),
        new("POST", "/admin/catalog/services", "/admin/catalog/services", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/catalog/services/{id:guid}", $"/admin/catalog/services/{Guid.NewGuid()}", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/catalog/practitioners", "/admin/catalog/practitioners", null, Expect(anonymous: 302, staff: 200, customer: 403)),
        new("GET", "/admin/catalog/practitioners/new", "/admin/catalog/practitioners/new", null, Expect(anonymous: 302, staff: 200, customer: 403)),
        new("GET", "/admin/catalog/practitioners/{id:guid}", $"/admin/catalog/practitioners/{Guid.NewGuid()}", null, Expect(anonymous: 302, staff: 404, customer: 403)),
        new("POST", "/admin/catalog/practitioners", "/admin/catalog/practitioners", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("POST", "/admin/catalog/practitioners/{id:guid}", $"/admin/catalog/practitioners/{Guid.NewGuid()}", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        new("GET", "/admin/catalog/room-types", "/admin/catalog/room-types", null, Expect(anonymous: 302, staff: 200, customer: 403)),
        new("POST", "/admin/catalog/room-types", "/admin/catalog/room-types", Form, Expect(anonymous: 302, admin: 400, staff: 403)),
        // Catalog: anyone reads locations and services; staff read the rest of their scope. Unknown ids answer 404 to whoever may ask.
        Row.Same("GET", "/api/v1/locations", "/api/v1/locations", 200),
        Row.Same("GET", "/api/v1/locations/{id:guid}", $"/api/v1/locations/{Guid.NewGuid()}", 404),
        Row.Same("GET", "/api/v1/services", "/api/v1/services", 200),
        Row.Same("GET", "/api/v1/services/{id:guid}", $"/api/v1/services/{Guid.NewGuid()}", 404),
        new("GET", "/api/v1/room-types", "/api/v1/room-types", null, Expect(anonymous: 401, staff: 200, customer: 403)),
        new("GET", "/api/v1/practitioners", "/api/v1/practitioners", null, Expect(anonymous: 401, staff: 200, customer: 403)),
        new("GET", "/api/v1/practitioners/{id:guid}", $"/api/v1/practitioners/{Guid.NewGuid()}", null, Expect(anonymous: 401, staff: 404, customer: 403)),
        new("GET", "/api/v1/locations/{id:guid}/rooms", $"/api/v1/locations/{Guid.NewGuid()}/rooms", null, Expect(anonymous: 401, staff: 404, customer: 403)),
        // Catalog writes: admins create; admins and clinic managers (within their scope) change a location.
        new("POST", "/api/v1/locations", "/api/v1/locations", NewLocation, Expect(anonymous: 401, admin: 201, staff: 403)),
        new("POST", "/api/v1/room-types", "/api/v1/room-types", NewRoomType, Expect(anonymous: 401, admin: 201, staff: 403)),
        new("POST", "/api/v1/practitioners", "/api/v1/practitioners", NewPractitioner, Expect(anonymous: 401, admin: 201, staff: 403)),
        new("POST", "/api/v1/services", "/api/v1/services", NewService, Expect(anonymous: 401, admin: 201, staff: 403)),
        new("PUT", "/api/v1/services/{id:guid}", $"/api/v1/services/{Guid.NewGuid()}", NewService, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("PUT", "/api/v1/practitioners/{id:guid}", $"/api/v1/practitioners/{Guid.NewGuid()}", NewPractitioner, Expect(anonymous: 401, admin: 404, staff: 403)),
        new("PUT", "/api/v1/locations/{id:guid}/rooms/{roomId:guid}", $"/api/v1/locations/{Guid.NewGuid()}/rooms/{Guid.NewGuid()}", NewRoomOfUnknownType, LocationEditor(422)),
        new("PUT", "/api/v1/locations/{id:guid}", $"/api/v1/locations/{Guid.NewGuid()}", NewLocation, LocationEditor(404)),
        new("POST", "/api/v1/locations/{id:guid}/closures", $"/api/v1/locations/{Guid.NewGuid()}/closures", NewClosure, LocationEditor(404)),
        new("POST", "/api/v1/locations/{id:guid}/rooms", $"/api/v1/locations/{Guid.NewGuid()}/rooms", NewRoomOfUnknownType, LocationEditor(422)),
        // Availability: schedules are edited by admins and by clinic managers within their scope; slots are public data.
        new("PUT", "/api/v1/practitioners/{id:guid}/weekly-schedule", $"/api/v1/practitioners/{Guid.NewGuid()}/weekly-schedule", EmptySchedule, ScheduleEditor(404)),
        new("POST", "/api/v1/practitioners/{id:guid}/exceptions", $"/api/v1/practitioners/{Guid.NewGuid()}/exceptions", SickDay, ScheduleEditor(404)),
        new("DELETE", "/api/v1/practitioners/{id:guid}/exceptions/{exceptionId:guid}", $"/api/v1/practitioners/{Guid.NewGuid()}/exceptions/{Guid.NewGuid()}", null, ScheduleEditor(404)),
        Row.Same("GET", "/api/v1/slots", $"/api/v1/slots?serviceId={Guid.NewGuid()}&locationId={Guid.NewGuid()}&from=2027-03-01&to=2027-03-07", 404),
        Row.Same("GET", "/book/slots", $"/book/slots?serviceId={Guid.NewGuid()}&locationId={Guid.NewGuid()}&date=2027-03-01", 404),
        // Schedule pages: anonymous callers are sent to sign in; posts without the antiforgery field fail for editors.
        new("GET", "/staff/schedules", "/staff/schedules", null, SchedulePage(200)),
        new("GET", "/staff/schedules/{id:guid}", $"/staff/schedules/{Guid.NewGuid()}", null, SchedulePage(404)),
        new("POST", "/staff/schedules/{id:guid}", $"/staff/schedules/{Guid.NewGuid()}", Form, SchedulePage(400)),
        new("POST", "/staff/schedules/{id:guid}/exceptions", $"/staff/schedules/{Guid.NewGuid()}/exceptions", Form, SchedulePage(400)),
        new("POST", "/staff/schedules/{id:guid}/exceptions/{exceptionId:guid}/remove", $"/staff/schedules/{Guid.NewGuid()}/exceptions/{Guid.NewGuid()}/remove", Form, SchedulePage(400)),
        // Week rosters per location: read by admins, operations, clinic managers and reception (the last two at their locations).
        new("GET", "/staff/rosters", "/staff/rosters", null, RosterPage(200)),
        new("GET", "/staff/rosters/{locationId:guid}", $"/staff/rosters/{Guid.NewGuid()}", null, RosterPage(404)),
        // Appointments: anyone may book a public service (unknown ones are 404); reading one is scoped to the caller.
        Row.Same("POST", "/api/v1/appointments", "/api/v1/appointments", 404, BookingOfUnknownService),
        new("GET", "/api/v1/appointments", "/api/v1/appointments?date=2027-03-01", null, Expect(anonymous: 401, staff: 200)),
        new("GET", "/api/v1/appointments/{id:guid}", $"/api/v1/appointments/{Guid.NewGuid()}", null, Expect(anonymous: 401, staff: 404)),
        new("POST", "/api/v1/appointments/{id:guid}/confirm", $"/api/v1/appointments/{Guid.NewGuid()}/confirm", null, Expect(anonymous: 401, staff: 404)),
        new("POST", "/api/v1/appointments/{id:guid}/decline", $"/api/v1/appointments/{Guid.NewGuid()}/decline", null, Expect(anonymous: 401, staff: 404)),
        new("POST", "/api/v1/appointments/{id:guid}/check-in", $"/api/v1/appointments/{Guid.NewGuid()}/check-in", null, Expect(anonymous: 401, staff: 404)),
        new("POST", "/api/v1/appointments/{id:guid}/complete", $"/api/v1/appointments/{Guid.NewGuid()}/complete", null, Expect(anonymous: 401, staff: 404)),
        new("POST", "/api/v1/appointments/{id:guid}/no-show", $"/api/v1/appointments/{Guid.NewGuid()}/no-show", null, Expect(anonymous: 401, staff: 404)),
        new("POST", "/api/v1/appointments/{id:guid}/cancel", $"/api/v1/appointments/{Guid.NewGuid()}/cancel", CustomerCancel, Expect(anonymous: 401, staff: 404)),
        // Customer booking pages: public (an unknown service or a made-up manage token is 404 to everyone); form posts need the antiforgery field.
        Row.Same("GET", "/book", $"/book?serviceId={Guid.NewGuid()}&locationId={Guid.NewGuid()}", 404),
        Row.Same("GET", "/book/details", $"/book/details?serviceId={Guid.NewGuid()}&locationId={Guid.NewGuid()}&start=2027-03-01T09%3A00%3A00%2B00%3A00&practitionerId=", 404),
        Row.Same("POST", "/book/details", "/book/details", 400, Form),
        Row.Same("GET", "/book/confirmed/{token}", $"/book/confirmed/{UnknownSecret}", 404),
        Row.Same("GET", "/bookings/manage/{token}", $"/bookings/manage/{UnknownSecret}", 404),
        Row.Same("GET", "/bookings/manage/{token}/cancel", $"/bookings/manage/{UnknownSecret}/cancel", 404),
        Row.Same("POST", "/bookings/manage/{token}/cancel", $"/bookings/manage/{UnknownSecret}/cancel", 400, Form),
        Row.Same("GET", "/bookings/manage/{token}/reschedule", $"/bookings/manage/{UnknownSecret}/reschedule", 404),
        Row.Same("GET", "/bookings/manage/{token}/reschedule/confirm", $"/bookings/manage/{UnknownSecret}/reschedule/confirm?start=2027-03-01T09%3A00%3A00%2B00%3A00", 404),
        Row.Same("POST", "/bookings/manage/{token}/reschedule", $"/bookings/manage/{UnknownSecret}/reschedule", 400, Form),
        // A customer's own bookings: customers only; anonymous callers are sent to sign in.
        new("GET", "/my/bookings", "/my/bookings", null, Expect(anonymous: 302, staff: 403, customer: 200)),
        new("POST", "/api/v1/appointments/{id:guid}/reschedule", $"/api/v1/appointments/{Guid.NewGuid()}/reschedule", Reschedule, Expect(anonymous: 401, staff: 404)),
        new("GET", "/api/v1/appointments/{id:guid}/history", $"/api/v1/appointments/{Guid.NewGuid()}/history", null, Expect(anonymous: 401, staff: 404)),
        // Reception: every staff member sees their day (a practitioner their own); the front desk answers requests and books on behalf.
        new("GET", "/reception", "/reception", null, Expect(anonymous: 302, staff: 200, customer: 403)),
        new("POST", "/reception/appointments/{id:guid}/status", $"/reception/appointments/{Guid.NewGuid()}/status", Form, Expect(anonymous: 302, staff: 400, customer: 403)),
        new("POST", "/reception/appointments/{id:guid}/notes", $"/reception/appointments/{Guid.NewGuid()}/notes", Form, Expect(anonymous: 302, staff: 400, customer: 403)),
        new("GET", "/reception/requests", "/reception/requests", null, Desk(200)),
        new("GET", "/reception/book", "/reception/book", null, Desk(200)),
        new("GET", "/reception/book/details", $"/reception/book/details?locationId={Guid.NewGuid()}&serviceId={Guid.NewGuid()}&start=2027-03-01T09:00:00Z", null, Desk(404)),
        new("POST", "/reception/book/customers", "/reception/book/customers", Form, Desk(400)),
        new("POST", "/reception/book", "/reception/book", Form, Desk(400)),
        new("GET", "/reception/book/{id:guid}", $"/reception/book/{Guid.NewGuid()}", null, Desk(404)),
        // Moving an appointment from the desk: admins, clinic managers and reception, as the lifecycle says (not operations).
        new("GET", "/reception/appointments/{id:guid}/reschedule", $"/reception/appointments/{Guid.NewGuid()}/reschedule", null, Rescheduler(404)),
        new("POST", "/reception/appointments/{id:guid}/reschedule", $"/reception/appointments/{Guid.NewGuid()}/reschedule", Form, Rescheduler(400)),
    ];

    /// <summary>The front desk (admin, operations, clinic manager, reception) gets <paramref name="deskStatus"/>; practitioners and customers 403.</summary>
    private static Dictionary<string, int> Desk(int deskStatus) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => 302,
            "practitioner" or "customer" => 403,
            _ => deskStatus,
        });

    /// <summary>Admins, clinic managers and reception get <paramref name="status"/>; operations, practitioners and customers 403.</summary>
    private static Dictionary<string, int> Rescheduler(int status) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => 302,
            "admin" or "clinic_manager" or "reception" => status,
            _ => 403,
        });

    private static HttpContent Reschedule() => JsonContent.Create(new { start = "2027-03-01T09:00:00+00:00" });

    private static HttpContent CustomerCancel() => JsonContent.Create(new { reason = "customer_request" });

    private static HttpContent BookingOfUnknownService() => JsonContent.Create(new
    {
        serviceId = Guid.NewGuid(), locationId = Guid.NewGuid(), start = "2027-03-01T09:00:00+00:00",
        customer = new { name = "Matrix Customer", email = "matrix@patients.test" },
    });

    private static HttpContent EmptySchedule() => JsonContent.Create(new { rules = Array.Empty<object>() });

    private static HttpContent SickDay() => JsonContent.Create(new { kind = "unavailable", reason = "sick_leave", start = "2027-03-01T00:00", end = "2027-03-02T00:00" });

    private static Dictionary<string, int> ScheduleEditor(int editorStatus) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => 401,
            "admin" or "clinic_manager" => editorStatus,
            _ => 403,
        });

    private static Dictionary<string, int> SchedulePage(int editorStatus) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => 302,
            "admin" or "clinic_manager" => editorStatus,
            _ => 403,
        });

    private static Dictionary<string, int> RosterPage(int readerStatus) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => 302,
            "practitioner" or "customer" => 403,
            _ => readerStatus,
        });

    private static HttpContent NewLocation() => JsonContent.Create(new
    {
        name = "Matrix clinic", timeZone = "Europe/London", openingHours = new Dictionary<string, string[][]> { ["monday"] = [["09:00", "17:00"]] },
    });

    private static HttpContent NewRoomType() => JsonContent.Create(new { name = $"Matrix room type {Guid.NewGuid():N}" });

    private static HttpContent NewPractitioner() => JsonContent.Create(new { name = "Matrix practitioner", locationIds = Array.Empty<Guid>() });

    private static HttpContent NewService() => JsonContent.Create(new
    {
        name = "Matrix service", durationMinutes = 30, priceCents = 1000, currency = "GBP",
        locationIds = Array.Empty<Guid>(), practitionerIds = Array.Empty<Guid>(), visibility = "public",
    });

    private static HttpContent NewClosure() => JsonContent.Create(new { date = "2027-12-25", reason = "Matrix" });

    private static HttpContent NewRoomOfUnknownType() => JsonContent.Create(new { name = "Matrix room", roomTypeId = Guid.NewGuid() });

    /// <summary>A location editor's form post without its antiforgery field: refused 400 to those who may post it at all.</summary>
    private static Dictionary<string, int> LocationEditorForm() =>
        new(LocationEditor(400)) { ["anonymous"] = 302 };

    /// <summary>Admins and clinic managers get <paramref name="editor"/> (an unknown id is outside every scope); other signed-in callers 403.</summary>
    private static Dictionary<string, int> LocationEditor(int editor) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => 401,
            "admin" or "clinic_manager" => editor,
            _ => 403,
        });

    private static HttpContent NewStaff() => JsonContent.Create(new
    {
        email = $"matrix-{Guid.NewGuid():N}@clinic.test", name = "Matrix", role = "operations", locationIds = Array.Empty<Guid>(),
    });

    private static HttpContent RoleChange() => JsonContent.Create(new { role = "operations" });

    private static HttpContent NewTokenForUnknownStaff() => JsonContent.Create(new { name = "matrix", staffId = Guid.NewGuid() });

    private static HttpContent Form() => new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "y" });

    /// <summary><paramref name="staff"/> is what every signed-in caller but the admin gets, unless <paramref name="customer"/> says otherwise.</summary>
    private static Dictionary<string, int> Expect(int anonymous, int staff, int? admin = null, int? customer = null) =>
        Callers.ToDictionary(c => c, c => c switch
        {
            "anonymous" => anonymous,
            "admin" => admin ?? staff,
            "customer" => customer ?? staff,
            _ => staff,
        });

    public sealed record Row(string Method, string Pattern, string Path, Func<HttpContent>? Body, IReadOnlyDictionary<string, int> Expected)
    {
        public string Key => $"{Method} {Pattern}";

        public static Row Same(string method, string pattern, string path, int status, Func<HttpContent>? body = null) =>
            new(method, pattern, path, body, Callers.ToDictionary(c => c, _ => status));
    }
}
