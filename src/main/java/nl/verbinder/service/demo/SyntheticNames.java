package nl.verbinder.service.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import nl.verbinder.domain.Category;

/**
 * Word lists for the synthetic practice: Dutch towns, first names, surnames (with the
 * accents and the dotless ı that real Dutch address books have), and how partners of each
 * category are called. Only for generated benchmark data.
 */
final class SyntheticNames {

    /** A town and the first two digits of its postcodes. */
    record Town(String name, int postcodePrefix) {
    }

    static final List<Town> TOWNS = List.of(
            new Town("Utrecht", 35), new Town("Amersfoort", 38), new Town("Zeist", 37), new Town("Nieuwegein", 34),
            new Town("Houten", 39), new Town("IJsselstein", 34), new Town("Woerden", 34), new Town("Veenendaal", 39),
            new Town("Doorn", 39), new Town("Bunnik", 39), new Town("De Bilt", 37), new Town("Bilthoven", 37),
            new Town("Maarssen", 36), new Town("Soest", 37), new Town("Baarn", 37), new Town("Leusden", 38),
            new Town("Hilversum", 12), new Town("Amsterdam", 10), new Town("Haarlem", 20), new Town("Leiden", 23),
            new Town("Den Haag", 25), new Town("Rotterdam", 30), new Town("Gouda", 28), new Town("Dordrecht", 33),
            new Town("Breda", 48), new Town("Tilburg", 50), new Town("Eindhoven", 56), new Town("'s-Hertogenbosch", 52),
            new Town("Nijmegen", 65), new Town("Arnhem", 68), new Town("Ede", 67), new Town("Apeldoorn", 73),
            new Town("Zwolle", 80), new Town("Deventer", 74), new Town("Enschede", 75), new Town("Groningen", 97),
            new Town("Leeuwarden", 89), new Town("Assen", 94), new Town("Maastricht", 62), new Town("Venlo", 59),
            new Town("Middelburg", 43), new Town("Almere", 13), new Town("Lelystad", 82), new Town("Alkmaar", 18));

    static final List<String> FIRST_NAMES = List.of(
            "Anne", "Sanne", "Lotte", "Emma", "Sophie", "Julia", "Lieke", "Femke", "Marloes", "Inge", "Ingrid",
            "Marieke", "Noor", "Fleur", "Iris", "Eva", "Anouk", "Esther", "Renée", "Zoë", "Chloë", "Daniëlle",
            "Ayşe", "Fatma", "Elif", "Fatima", "Nadia", "Yasmina", "Priya", "Mei", "Jan", "Pieter", "Kees", "Joost",
            "Bram", "Daan", "Sem", "Lucas", "Thijs", "Ruben", "Jeroen", "Maarten", "Wouter", "Sjoerd", "Geert",
            "Hüseyin", "Mehmet", "Emre", "Mohamed", "Youssef", "Karim", "Rajesh", "Stefan", "Rémy", "Joël", "Gaël");

    static final List<String> SURNAMES = List.of(
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
            "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
            "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin",
            "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
            "Verhoeven", "Koster", "van Dam", "Prins", "Blom", "Huisman", "Peeters", "Yılmaz", "Kaya", "Demir",
            "Şahin", "Çelik", "Öztürk", "El Amrani", "Bouzid", "Ramdin", "Sewdien", "Müller", "Schäfer", "Nguyễn",
            "Çakır", "Doğan", "Aydın", "Kılıç", "Lefèvre", "Hoëlle", "Brückner", "van 't Hof", "d'Ancona");

    static final List<String> STREETS = List.of(
            "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianastraat", "Beatrixlaan",
            "Wilhelminapark", "Oranjelaan", "Parallelweg", "Industrieweg", "Sportlaan", "Burgemeester de Withstraat",
            "Händelstraat", "Van Goghlaan", "Rembrandtplein", "Lindenlaan", "Eikenlaan", "Beukenhof", "Zuidsingel");

    private static final Map<Category, List<String>> PREFIXES = Map.ofEntries(
            Map.entry(Category.GP, List.of("Huisartsenpraktijk", "Huisartsenpraktijk", "Gezondheidscentrum",
                    "Huisartsen")),
            Map.entry(Category.MIDWIFE, List.of("Verloskundigenpraktijk", "Verloskundigen")),
            Map.entry(Category.DIETITIAN, List.of("Diëtistenpraktijk", "Diëtist", "Voedingspraktijk")),
            Map.entry(Category.GYNAECOLOGIST, List.of("Gynaecologie", "Vrouwenkliniek")),
            Map.entry(Category.GYM, List.of("Sportschool", "Fitnesscentrum", "Sportcentrum", "Healthclub")),
            Map.entry(Category.SWIMMING_POOL, List.of("Zwembad", "Sportfondsenbad")),
            Map.entry(Category.SPORTS_CLUB, List.of("Voetbalvereniging", "Hockeyclub", "Tennisvereniging",
                    "Atletiekvereniging", "Korfbalvereniging", "Volleybalvereniging", "Wielervereniging")),
            Map.entry(Category.SCHOOL, List.of("Basisschool", "Openbare Basisschool", "Christelijk College",
                    "Montessorischool", "Scholengemeenschap")),
            Map.entry(Category.MUNICIPALITY, List.of("Gemeente")),
            Map.entry(Category.HEALTH_INSURER, List.of("Zorgverzekeraar", "Zorgkantoor")),
            Map.entry(Category.PATIENT_ORGANISATION, List.of("Patiëntenvereniging", "Reumapatiëntenbond afdeling",
                    "Diabetesvereniging afdeling", "Longpatiënten afdeling")),
            Map.entry(Category.PROFESSIONAL_ASSOCIATION, List.of("Regionaal Fysiotherapeuten Netwerk",
                    "Beroepsvereniging regio", "Kring Fysiotherapie")),
            Map.entry(Category.WELFARE, List.of("Welzijnsorganisatie", "Buurtteam", "Stichting Welzijn")),
            Map.entry(Category.HOME_CARE, List.of("Thuiszorg", "Wijkverpleging", "Thuiszorgteam")),
            Map.entry(Category.HOSPITAL, List.of("Ziekenhuis", "Medisch Centrum", "Revalidatiecentrum")),
            Map.entry(Category.ONLINE_COMMUNITY, List.of("Online community", "Netwerk", "Platform")),
            Map.entry(Category.OTHER, List.of("Ergotherapie", "Podotherapie", "Logopedie", "Psychologenpraktijk",
                    "Apotheek", "Kinderopvang", "Bedrijfsfysiotherapie")));

    private static final List<String> FANCY = List.of(
            "De Linde", "Het Anker", "De Regenboog", "De Horizon", "Zuid", "Noord", "Oost", "West", "Centrum",
            "De Brug", "De Wissel", "Het Kompas", "De Sterrenwacht", "Fit & Vitaal", "In Balans", "Vitaal",
            "Smaakvol", "Gezond Gewicht", "Op Koers", "De Es", "De Eik", "Het Park", "Rivierenwijk", "Lunetten");

    static final List<String> TAGS = List.of(
            "sport", "ouderen", "kinderen", "zwangerschap", "COPD", "diabetes", "overgewicht", "valpreventie",
            "rugklachten", "hardlopen", "revalidatie", "preventie", "werk", "beweegprogramma", "wijk", "jongeren");

    static final List<String> ROLES = List.of(
            "praktijkhouder", "huisarts", "praktijkondersteuner", "verloskundige", "diëtist", "trainer",
            "coördinator", "beleidsmedewerker", "teamleider", "directeur", "secretaris", "zorginkoper",
            "wijkverpleegkundige", "vrijwilliger", "intern begeleider");

    static final List<String> SUMMARIES = List.of(
            "Kennismaking en wederzijdse verwachtingen besproken",
            "Verwijzingen van het afgelopen kwartaal doorgenomen",
            "Overleg over gezamenlijke patiënten met rugklachten",
            "Samenwerking rond valpreventie voor ouderen besproken",
            "Terugkoppeling over het beweegprogramma",
            "Netwerkbijeenkomst in de wijk bijgewoond",
            "Afspraken gemaakt over de doorverwijsroute",
            "Evaluatie van het project en vervolgstappen",
            "Telefonisch contact over een nieuwe patiënt",
            "Presentatie gegeven over fysiotherapie bij COPD",
            "Gesproken over sportblessures bij de jeugd",
            "Informatie uitgewisseld over het zorgaanbod",
            "Vraag over beschikbaarheid en wachttijden",
            "Nieuwjaarsborrel van het netwerk",
            "Overleg over contractering en declaraties");

    static final List<String> OFFERS = List.of(
            "Gratis workshop blessurepreventie aangeboden",
            "Folders over valpreventie meegegeven",
            "Spreekuur op locatie aangeboden",
            "Presentatie voor hun team aangeboden",
            "Meedenken over hun beweegaanbod",
            "Onze kennis over zwangerschapsklachten gedeeld");

    static final List<String> ASKS = List.of(
            "Gevraagd om patiënten met knieklachten door te verwijzen",
            "Gevraagd naar ruimte voor een beweeggroep",
            "Gevraagd om onze folder in de wachtkamer te leggen",
            "Gevraagd om deel te nemen aan het netwerkoverleg",
            "Gevraagd naar financiering van het programma");

    static final List<String> FOLLOW_UPS = List.of(
            "Offerte sturen", "Terugbellen over de planning", "Verslag rondsturen", "Afspraak inplannen",
            "Folders nabestellen", "Contactgegevens doorgeven", "Evaluatie plannen");

    static final List<String> GOALS = List.of(
            "Valpreventie voor 65-plussers", "Beweegprogramma voor kinderen met overgewicht", "Fit zwanger",
            "Samen tegen rugklachten op het werk", "Diabetes: beweeg mee", "Gezonde school", "Sportief herstel na kanker",
            "COPD-beweeggroep", "Blessurevrij sporten", "Ouderen in beweging", "Gezond gewicht in de wijk",
            "Terug naar werk na uitval");

    static final List<String> NOTES = List.of(
            "Goede samenwerking, korte lijnen.", "Contact loopt via het secretariaat.",
            "Staan open voor een gezamenlijk project.", "Wisseling van contactpersoon verwacht.",
            "Interesse in een presentatie over ons aanbod.", "Lastig bereikbaar in de zomer.");

    private SyntheticNames() {
    }

    static <T> T pick(RandomGenerator random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String personName(RandomGenerator random) {
        String surname = pick(random, SURNAMES);
        return pick(random, FIRST_NAMES) + " " + surname;
    }

    static String partnerName(RandomGenerator random, Category category, Town town) {
        String prefix = pick(random, PREFIXES.get(category));
        return switch (category) {
            case MUNICIPALITY -> prefix + " " + town.name();
            case HOSPITAL, HEALTH_INSURER, PATIENT_ORGANISATION, PROFESSIONAL_ASSOCIATION, WELFARE ->
                    prefix + " " + pick(random, FANCY) + " " + town.name();
            default -> prefix + " " + (random.nextInt(3) == 0 ? surnameAsName(pick(random, SURNAMES))
                    : pick(random, FANCY));
        };
    }

    /** "van den Berg" as a business name: "Van den Berg". */
    private static String surnameAsName(String surname) {
        return Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
    }
}
