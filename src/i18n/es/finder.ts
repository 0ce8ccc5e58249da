import type { FinderStrings, SummaryParts } from '../en/finder.ts';

/** Texto en español del buscador, que funciona en el navegador (ver en/finder.ts). */
const plural = (n: number, one: string, other: string) =>
  `${n.toLocaleString('es')} ${n === 1 ? one : other}`;

const joinOr = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} o ${items.at(-1)}`;

export const finder: FinderStrings = {
  searchLabel: 'Busca grupos y servicios',
  searchHint: 'Un tema, un nombre, un idioma o un día, como “duelo”, “español” o “lunes por la tarde”.',
  submit: 'Buscar',
  quickHeading: 'Cuándo',
  quick: { now: 'Ahora', soon: 'Próximas 2 horas', tonight: 'Esta noche', week: 'Esta semana' },
  nearMe: 'Cerca de mí',
  filters: 'Filtros',
  filtersCount: (n: number) => `Filtros (${n})`,
  closeFilters: 'Listo',
  clearAll: 'Quitar todos',
  showResults: (n: number) => `Ver ${plural(n, 'resultado', 'resultados')}`,
  sortLabel: 'Ordenar por',
  sorts: { soonest: 'En curso y luego los más próximos', nearest: 'Los más cercanos', name: 'Nombre (A–Z)' },
  viewLabel: 'Ver como',
  views: { list: 'Lista', map: 'Mapa' },
  facets: {
    kind: 'Grupos o servicios',
    category: 'Tipo de servicio',
    topic: 'Tema',
    when: 'Cuándo',
    day: 'Día',
    time: 'Hora del día',
    attendance: 'Cómo se reúne',
    language: 'Idioma',
    audience: 'Para quién es',
    cost: 'Costo',
    access: 'Necesidades de acceso',
    area: 'Zona',
  },
  kinds: { group: 'Grupos', service: 'Servicios' },
  attendance: { in_person: 'En persona', online: 'En línea o por teléfono' },
  attendanceNote: 'Los grupos que se reúnen de las dos formas aparecen con cualquiera.',
  when: {
    now: 'Reunidos ahora',
    soon: 'En las próximas 2 horas',
    tonight: 'Esta noche',
    week: 'Esta semana',
  },
  times: {
    morning: 'Mañana (5:00–12:00)',
    afternoon: 'Tarde (12:00–17:00)',
    evening: 'Noche temprana (17:00–21:00)',
    night: 'Noche (21:00–5:00)',
  },
  anyTime: 'A cualquier hora',
  near: {
    heading: 'Cerca de un lugar',
    label: 'Un barrio, un código postal o un lugar conocido',
    hint: 'Se busca en este dispositivo: lo que escribes nunca se envía a ninguna parte.',
    go: 'Ordenar por distancia',
    useLocation: 'Usar mi ubicación',
    clear: 'Olvidar este lugar',
    yourLocation: 'tu ubicación',
    locating: 'Buscando tu ubicación…',
    denied: 'Tu navegador no compartió tu ubicación. Puedes escribir un lugar.',
    unavailable: 'Tu dispositivo no pudo encontrar su ubicación ahora. Puedes escribir un lugar.',
    unsupported: 'Este navegador no puede compartir una ubicación. Puedes escribir un lugar.',
    notFound: (typed: string) =>
      `No conocemos ningún lugar llamado “${typed}”. Prueba con un barrio, un código postal o un lugar conocido.`,
    suggestions: '¿Quisiste decir?',
    sortedFrom: (place: string) => `Ordenados por distancia desde ${place}.`,
  },
  results: {
    heading: 'Resultados',
    loading: 'Cargando el directorio…',
    failed: 'No se pudo cargar el directorio. Revisa tu conexión y vuelve a cargar, o consulta las listas.',
    none: 'Nada coincide con todo esto.',
    noneHelp: 'Prueba a quitar un filtro o a usar menos palabras.',
    searchAll: (words: string) => `Buscar “${words}” en todo el texto, también en las guías`,
    showMore: 'Ver más',
    showing: (shown: number, total: number) =>
      `Se muestran ${shown.toLocaleString('es')} de ${total.toLocaleString('es')}.`,
    unplaced: (n: number) =>
      `${plural(n, 'entrada no tiene', 'entradas no tienen')} lugar en el mapa (en línea, o el lugar se da a quien lo pida): aparecen después de las demás.`,
    understood: (phrases: string) => `Entendimos: ${phrases}.`,
  },
  card: {
    now: (until: string) => `Reunidos ahora, hasta las ${until}`,
    next: (when: string) => `Próxima: ${when}`,
    openNow: (until: string) => `Abierto ahora, hasta las ${until}`,
    opensAt: (when: string) => `Abre ${when}`,
    open24: 'Abierto las 24 horas',
    byAppointment: 'Con cita previa',
    today: 'hoy',
    tomorrow: 'mañana',
    at: (day: string, time: string) => `${day} a las ${time}`,
    distance: (distance: string) => `a ${distance}`,
    aboutDistance: (distance: string) => `a unos ${distance} (centro de la zona)`,
    zone: (zone: string) => `Los horarios son en ${zone}.`,
  },
  map: {
    searchArea: 'Buscar en esta zona',
    showEverywhere: 'Volver a buscar en todas partes',
    notOnMap: (n: number) =>
      `${plural(n, 'resultado no está', 'resultados no están')} en el mapa (en línea, o el lugar se da a quien lo pida): consulta la lista.`,
    loading: 'Cargando el mapa…',
    failed: 'No se pudo cargar el mapa. Todos los resultados están en la lista.',
  },
  home: {
    comingUp: 'Próximamente',
    seeAll: (n: number) => `Ver ${plural(n, 'resultado', 'los resultados')}`,
  },
  summary: (parts: SummaryParts): string => {
    const kind = { group: 'grupos', service: 'servicios', both: 'grupos y servicios' }[parts.kind];
    const topics = parts.topics.length > 0 ? ` de ${joinOr(parts.topics)}` : '';
    const attendance =
      parts.attendance === 'online' ? ' en línea' : parts.attendance === 'in_person' ? ' en persona' : '';
    const when = parts.when
      ? ` ${{ now: 'reunidos ahora', soon: 'que empiezan en las próximas 2 horas', tonight: 'esta noche', week: 'esta semana' }[parts.when]}`
      : '';
    const days = parts.days.length > 0 ? ` los ${joinOr(parts.days)}` : '';
    const times =
      parts.times.length > 0 ? ` (${joinOr(parts.times.map((time) => time.toLocaleLowerCase('es')))})` : '';
    const near = parts.near ? ` cerca de ${parts.near}` : '';
    const others = parts.others.length > 0 ? ` (${parts.others.join(', ')})` : '';
    const text = `${kind}${topics}${attendance}${when}${days}${times}${near}${others}`;
    return `${text.charAt(0).toLocaleUpperCase('es')}${text.slice(1)}: ${parts.count.toLocaleString('es')}`;
  },
  words: {
    kind: {
      group: ['grupo', 'grupos', 'reunion', 'reuniones', 'circulo'],
      service: ['servicio', 'servicios'],
    },
    when: {
      now: ['ahora', 'ahora mismo'],
      soon: ['pronto'],
      tonight: ['esta noche', 'hoy en la noche'],
      week: ['esta semana', 'semana'],
    },
    time: {
      morning: ['manana', 'mananas', 'por la manana'],
      afternoon: ['tarde', 'tardes', 'por la tarde', 'mediodia'],
      evening: ['noche temprana', 'al anochecer'],
      night: ['noche', 'noches', 'por la noche'],
    },
    attendance: {
      in_person: ['en persona', 'presencial'],
      online: ['en linea', 'virtual', 'zoom', 'por telefono', 'telefono'],
    },
    cost: {
      free: ['gratis', 'gratuito', 'sin costo'],
      donation: ['gratis', 'donacion', 'donativo'],
      fee: ['pago', 'con costo'],
    },
    audience: {
      anyone: [],
      women: ['mujeres', 'mujer'],
      men: ['hombres', 'hombre'],
      lgbtq: ['lgbtq', 'lgbt', 'lgbtq+', 'queer', 'gay', 'lesbianas', 'bisexuales'],
      trans: ['trans', 'transgenero', 'no binario', 'no binarias'],
      youth: ['jovenes', 'juventud', 'adolescentes', 'estudiantes'],
      seniors: ['mayores', 'adultos mayores', 'personas mayores'],
      'family-and-friends': ['familia', 'familias', 'familiares', 'amigos', 'seres queridos'],
      parents: ['padres', 'madres', 'cuidadores'],
      veterans: ['veteranos', 'veteranas', 'militares'],
      'people-of-colour': ['personas de color', 'poc', 'bipoc'],
      'deaf-and-hard-of-hearing': ['sordos', 'personas sordas', 'con discapacidad auditiva'],
      'justice-involved': ['reinsercion', 'carcel', 'prision', 'encarcelamiento'],
      newcomers: ['migrantes', 'inmigrantes', 'refugiados', 'recien llegados'],
    },
    access: {
      'step-free': ['sin escalones', 'silla de ruedas', 'accesible'],
      'accessible-toilet': ['bano accesible', 'sanitario accesible'],
      'hearing-loop': ['bucle magnetico', 'bucle'],
      asl: ['asl', 'lengua de senas', 'interprete'],
      captions: ['subtitulos'],
      'large-print': ['letra grande'],
      'quiet-space': ['espacio tranquilo', 'sala tranquila'],
      'fragrance-free': ['sin fragancias', 'sin perfume'],
      childcare: ['cuidado de ninos', 'guarderia', 'ninos'],
      'service-animals': ['animales de servicio', 'perro de servicio'],
      'accessible-parking': ['estacionamiento', 'estacionamiento accesible'],
      'near-transit': ['transporte publico', 'autobus', 'tren', 'metro'],
    },
    ignored: [
      'un',
      'una',
      'unos',
      'unas',
      'el',
      'la',
      'los',
      'las',
      'y',
      'o',
      'para',
      'en',
      'de',
      'del',
      'con',
      'a',
      'al',
      'cerca',
      'mi',
      'me',
      'apoyo',
      'ayuda',
      'busco',
      'buscar',
    ],
  },
};
