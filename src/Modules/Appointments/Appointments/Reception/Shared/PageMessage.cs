using Microsoft.AspNetCore.Http;
using WellPath.SharedKernel.Web;

namespace WellPath.Appointments.Reception.Shared;

/// <summary>A page that only says something: why a request cannot be answered, and the way back.</summary>
internal sealed record PageMessage(string Title, string Message, string BackUrl, string BackText)
{
    public static IResult Show(string title, string message, int status, string backUrl = "/reception", string backText = "Back to the day's list") =>
        ModelPages.Page<ReceptionMessagePage>(new PageMessage(title, message, backUrl, backText), status);

    public static IResult NotFound(string what = "This appointment") =>
        Show("Not found", $"{what} does not exist, or it is not yours to see.", StatusCodes.Status404NotFound);
}
