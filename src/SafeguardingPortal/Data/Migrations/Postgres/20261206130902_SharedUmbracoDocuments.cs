using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafeguardingPortal.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SharedUmbracoDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UmbracoDocuments",
                columns: table => new
                {
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UmbracoDocuments", x => new { x.Language, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "UmbracoDocumentsVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UmbracoDocumentsVersion", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UmbracoDocuments");

            migrationBuilder.DropTable(
                name: "UmbracoDocumentsVersion");
        }
    }
}
