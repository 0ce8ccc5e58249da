import type { UiStrings } from '../en/ui.ts';

/**
 * Spanish interface text (neutral Latin American / US Spanish, addressing the reader as "tú"). Same shape
 * as the English file; functions take the numbers and names they need.
 */
const plural = (n: number, one: string, other: string) =>
  `${n.toLocaleString('es')} ${n === 1 ? one : other}`;

/** "los sábados": Intl gives weekday names in the singular; only "sábado" and "domingo" change. */
const pluralDays = (days: string) => days.replace(/(sábado|domingo)(?!s)/g, '$1s');

export const ui: UiStrings = {
  meta: {
    lang: 'es',
    dir: 'ltr',
  },
  layout: {
    skipLink: 'Saltar al contenido principal',
    quickExit: 'Salida rápida',
    quickExitHint: 'Sal de este sitio ahora (o presiona Esc tres veces)',
    quickExitAbout: 'Cómo funciona la salida rápida',
    demoNotice: 'Sitio de prueba: todo es ficticio.',
    menu: 'Menú',
    find: 'Buscar grupos',
    browseNav: 'Para encontrar lo que buscas',
    primaryNav: 'Principal',
    footerNav: 'Sobre este sitio',
    crisisHeading: '¿Necesitas hablar con alguien ahora?',
    // Followed by the phone number: "Llama al 988", "Envía un mensaje de texto al 988".
    call: 'Llama al',
    text: 'Envía un mensaje de texto al',
    safetyNote:
      '¿Usas un dispositivo compartido o que otra persona revisa? Navega en una ventana privada; este sitio no usa cookies ni guarda ningún registro de lo que ves.',
    builtWith: 'Circles es software libre: cualquiera puede tener su propia copia para su comunidad.',
  },
  nav: {
    home: 'Inicio',
    find: 'Encontrar',
    groups: 'Grupos',
    services: 'Servicios',
    topics: 'Temas',
    areas: 'Zonas',
    days: 'Por día',
    guides: 'Guías',
    about: 'Acerca de',
    privacy: 'Privacidad',
    contribute: 'Agregar o corregir información',
  },
  home: {
    heading: (region: string) => `Encuentra un grupo de apoyo entre pares en ${region}`,
    crisisLead:
      '¿Estás en crisis o te preocupa tu seguridad? Puedes llamar o enviar un mensaje de texto ahora, a cualquier hora.',
    topicsHeading: 'Busca un grupo por tema',
    todayHeading: 'Se reúnen hoy',
    todayLoading: 'Buscando qué grupos se reúnen hoy…',
    todayNone: 'Hoy ya no se reúne ningún otro grupo. Prueba mañana, o mira los grupos por día.',
    todayNoScript: 'Elige un día para ver qué grupos se reúnen ese día:',
    browseHeading: 'Explora el directorio',
    groupsLink: (n: number) => `Todos los grupos (${n.toLocaleString('es')})`,
    servicesLink: (n: number) => `Todos los servicios (${n.toLocaleString('es')})`,
    areasHeading: 'Busca un grupo cerca de ti',
    guidesHeading: 'Antes de ir',
    onlineNote:
      'Muchos grupos también se reúnen en línea o por teléfono, así que puedes unirte desde cualquier lugar.',
  },
  lists: {
    groupsTitle: 'Grupos de apoyo entre pares',
    groupsIntro:
      'Grupos dirigidos por y para personas que han pasado por lo mismo. La mayoría son gratis, y nunca tienes que hablar si no quieres.',
    servicesTitle: 'Servicios',
    servicesIntro:
      'Pruebas, clínicas, consejería, ayuda legal, vivienda y más, de organizaciones de la zona.',
    topicsTitle: 'Temas',
    topicsIntro: 'De qué tratan los grupos y servicios.',
    areasTitle: 'Zonas',
    areasIntro:
      'Barrios y ciudades. Los grupos en línea aparecen en la página de cada tema y en "Todos los grupos".',
    daysTitle: 'Grupos por día',
    daysIntro: 'Los grupos que se reúnen cada día de la semana, del más temprano al más tarde.',
    dayTitle: (day: string) => `Grupos que se reúnen los ${pluralDays(day)}`,
    topicTitle: (label: string) => label,
    areaTitle: (label: string) => `Grupos y servicios en ${label}`,
    groupsCount: (n: number) => plural(n, 'grupo', 'grupos'),
    servicesCount: (n: number) => plural(n, 'servicio', 'servicios'),
    entriesCount: (groups: number, services: number) =>
      `${plural(groups, 'grupo', 'grupos')} y ${plural(services, 'servicio', 'servicios')}`,
    groupsHeading: 'Grupos',
    servicesHeading: 'Servicios',
    empty: 'Todavía no hay nada aquí.',
    pageOf: (page: number, total: number) => `Página ${page} de ${total}`,
    wholeList: 'Buscar, filtrar o ver en el mapa toda la lista',
    pagination: 'Páginas',
    previous: 'Página anterior',
    next: 'Página siguiente',
    closedAtEnd:
      'Los grupos y servicios que cerraron aparecen al final, para que quien los busque sepa que ya no funcionan.',
  },
  entry: {
    group: 'Grupo',
    service: 'Servicio',
    when: 'Cuándo',
    hours: 'Horario de atención',
    where: 'Dónde',
    joinOnline: 'Cómo unirte en línea o por teléfono',
    toArrange: 'Para preguntar o pedir una cita',
    contact: 'Contacto',
    cost: 'Costo',
    access: 'Accesibilidad',
    newcomers: 'Qué esperar la primera vez',
    about: 'Sobre este grupo',
    aboutService: 'Sobre este servicio',
    details: 'Resumen',
    topics: 'Temas',
    languages: 'Idiomas',
    audiences: 'Para quién es',
    openTo: 'Quién puede ir',
    ledBy: 'Quién lo dirige',
    attendance: 'Cómo se reúne',
    hostedBy: 'Auspiciado por',
    runBy: 'A cargo de',
    categories: 'Tipo de servicio',
    eligibility: 'Quién puede usarlo',
    ages: 'Edades',
    ageRange: (min?: number, max?: number) =>
      min !== undefined && max !== undefined
        ? `De ${min} a ${plural(max, 'año', 'años')}`
        : min !== undefined
          ? `${plural(min, 'año', 'años')} o más`
          : `Hasta ${plural(max ?? 0, 'año', 'años')}`,
    phones: 'Teléfono',
    website: 'Sitio web',
    email: 'Correo electrónico',
    form: 'Formulario de contacto',
    contactRole: (role: string) => `Te comunicarás con ${role}.`,
    venue: 'Lugar',
    directions: 'Cómo llegar',
    approximate: (area: string) =>
      `En la zona de ${area}. La dirección exacta no se publica; el marcador del mapa, si lo hay, muestra solo la zona.`,
    onRequest: 'La ubicación se da solo si la pides: comunícate con el grupo y te dirán dónde se reúne.',
    onRequestArea: (area: string) =>
      `Se reúne en la zona de ${area}. La ubicación exacta se da solo si la pides: comunícate con el grupo para preguntar.`,
    onlineOnly: 'Este grupo se reúne solo en línea o por teléfono.',
    basedIn: (area: string) => `Con sede en la zona de ${area}.`,
    joinLink: 'Enlace para unirte',
    dialIn: 'Unirte por teléfono',
    linkOnRequest: 'El enlace se envía si lo pides: usa los datos de contacto para pedirlo.',
    nextMeeting: 'Próxima reunión',
    nextOpening: 'Próxima apertura',
    meetingNow: 'En curso ahora',
    today: 'hoy',
    tomorrow: 'mañana',
    scheduleNoScript: 'Los horarios son en la hora local de la zona.',
    timesIn: (zone: string) => `Los horarios son en ${zone}.`,
    alwaysOpen: 'Abierto las 24 horas, los 7 días de la semana.',
    byAppointment: 'Con cita previa: llama o escribe por correo para acordar un horario.',
    lastVerified: 'Última verificación con los organizadores',
    staleWarning: (months: number) =>
      `Estos datos se verificaron por última vez hace más de ${plural(months, 'mes', 'meses')} y pueden estar desactualizados. Confírmalos con el grupo antes de ir.`,
    paused: 'En pausa',
    closed: 'Cerrado',
    closedNotice:
      'Este grupo o servicio cerró. Sigue en la lista para que quien lo busque sepa que ya no funciona.',
    accessNone: 'No hay información sobre accesibilidad. Comunícate con ellos para preguntar.',
    noContact: 'No hay datos de contacto publicados.',
    backToList: 'Volver a la lista',
    mapLink: 'Abrir en una app de mapas',
  },
  contribute: {
    heading: '¿Hay algo incorrecto o desactualizado?',
    intro: 'Un equipo de voluntarios mantiene este directorio al día. Cuéntanos qué cambió, o cámbialo tú.',
    suggestChange: 'Sugerir un cambio',
    reportClosed: 'Avisar que cerró',
    editOnGitHub: 'Editar en GitHub',
    howTo: 'Cómo agregar o corregir información',
    addHeading: '¿Conoces un grupo o servicio que no aparece aquí?',
    addGroup: 'Agregar un grupo',
    addService: 'Agregar un servicio',
    addGroupFile: 'Agregar un grupo como archivo (usuarios de GitHub)',
    addServiceFile: 'Agregar un servicio como archivo (usuarios de GitHub)',
    githubNote:
      'Estos enlaces abren formularios en GitHub, donde necesitas una cuenta gratuita. Lo que escribas ahí es público.',
    newEntryName: { group: 'Nombre del grupo', service: 'Nombre del servicio' },
    staleCard: (months: number) =>
      `Sin verificar con los organizadores desde hace más de ${plural(months, 'mes', 'meses')}: puede estar desactualizado`,
  },
  status: {
    active: 'Activo',
    paused: 'En pausa',
    closed: 'Cerrado',
  },
  print: {
    indexTitle: 'Listas para imprimir',
    indexIntro:
      'Listas pensadas para papel, para entregar en clínicas, albergues, tribunales y cárceles. Cada una cabe en una hoja A4 o carta (US Letter), tiene un código QR que lleva al sitio y muestra las líneas de crisis.',
    indexLink: 'Listas para imprimir',
    everythingHeading: 'Todo',
    byAreaHeading: 'Por zona',
    byTopicHeading: 'Por tema',
    allTitle: 'Grupos de apoyo entre pares y servicios',
    groupsTitle: 'Grupos de apoyo entre pares',
    servicesTitle: 'Servicios',
    areaTitle: (label: string) => `Grupos y servicios en ${label}`,
    areaGroupsTitle: (label: string) => `Grupos de apoyo entre pares en ${label}`,
    areaServicesTitle: (label: string) => `Servicios en ${label}`,
    topicTitle: (label: string) => `${label}: grupos y servicios`,
    myListTitle: 'Mi lista',
    listCount: (groups: number, services: number) =>
      [
        groups > 0 && plural(groups, 'grupo', 'grupos'),
        services > 0 && plural(services, 'servicio', 'servicios'),
      ]
        .filter(Boolean)
        .join(' y '),
    generated: (date: string, site: string) => `Impreso desde ${site} · información al ${date}`,
    scanForList: 'Escanea para ver la versión más reciente de esta lista',
    listQrLabel: (url: string) => `Código QR que abre ${url}`,
    crisisHeading: '¿Necesitas hablar con alguien ahora?',
    toolbar: 'Opciones de impresión',
    printButton: 'Imprimir esta lista',
    layoutLegend: 'Formato',
    layouts: {
      standard: 'Normal',
      columns: 'Compacto: dos columnas',
      pocket: 'De bolsillo: lo esencial, muchas por hoja',
    },
    backToIndex: 'Todas las listas para imprimir',
    groupsHeading: 'Grupos, por día',
    servicesHeading: 'Servicios, por tipo principal',
    sameGroupOtherDays: 'Los grupos que se reúnen más de un día aparecen en cada uno de esos días.',
    when: 'Cuándo',
    hours: 'Horario',
    where: 'Dónde',
    cost: 'Costo',
    languages: 'Idiomas',
    access: 'Accesibilidad',
    contact: 'Contacto',
    join: 'Cómo unirte',
    areaOnly: (area: string) => `Zona de ${area} (no se publica la dirección exacta)`,
    onRequest: 'Llama o escribe para saber la ubicación',
    onRequestArea: (area: string) => `Zona de ${area}; llama o escribe para saber la ubicación`,
    online: 'En línea o por teléfono',
    joinByPhone: (phone: string) => `por teléfono: ${phone}`,
    joinLinkOnly: 'en línea: escanea el código QR para obtener el enlace',
    linkOnRequest: 'pide el enlace a la persona de contacto',
    legendHeading: 'Cómo leer esta lista',
    legendQr:
      'Escanea un código QR con la cámara del teléfono para ver ese grupo o servicio en el sitio, con mapas y los horarios más recientes.',
    legendTimes: (zone: string) => `Todos los horarios son locales (${zone}).`,
    legendPrivate:
      '"Llama o escribe para saber la ubicación": el grupo no publica su dirección para proteger a quienes asisten; la persona de contacto te dirá dónde es.',
    legendArea: '"Zona": solo se publica el barrio.',
    legendPaused: '"En pausa": no se reúne por ahora; revisa el sitio antes de ir.',
    paused: 'En pausa',
    empty: 'Todavía no hay nada aquí.',
    partOf: (part: number, parts: number, first: number, last: number, total: number) =>
      `Parte ${part} de ${parts}: entradas ${first}–${last} de ${total}. La lista va en partes para que cada una quepa en una hoja informativa.`,
    partsLabel: 'Partes de esta lista',
    partLink: (part: number) => `Parte ${part}`,
    tooLarge: (total: number, cap: number) =>
      `Esta lista tendría ${plural(total, 'entrada', 'entradas')}: demasiadas para una sola hoja informativa, que tiene como máximo ${cap}. Imprima la de una zona o un tema.`,
    splitHeading: 'Hojas por zona y por tema',
    splitRest: 'Abajo: las entradas que no están en la hoja de ninguna zona ni tema.',
    notePrinted: 'Nota',
    addToList: 'Agregar a mi lista',
    removeFromList: 'Quitar de mi lista',
    added: (name: string) => `${name} está en tu lista.`,
    removed: (name: string) => `Se quitó ${name} de tu lista.`,
  },
  myList: {
    countLink: (n: string) => `Mi lista (${n})`,
    viewList: (n: string) => `Ver mi lista (${n})`,
    shareHeading: 'Compartir esta lista',
    shareIntro:
      'Este enlace abre la misma lista en cualquier teléfono o computadora: envíalo por mensaje o deja que escaneen el código. La nota no va incluida.',
    shareLabel: 'Enlace a esta lista',
    copy: 'Copiar el enlace',
    copied: 'El enlace está copiado.',
    shared: 'Alguien te compartió esta lista. No se guarda en este dispositivo a menos que lo elijas.',
    keep: 'Guardar esta lista en este dispositivo',
    kept: 'La lista quedó guardada en este dispositivo.',
    listQr: 'Escanea para abrir esta lista en un teléfono',
    intro:
      'Elige grupos y servicios con "Agregar a mi lista" en cualquier lista o página, ponlos en orden, agrega una nota para la persona a quien estás ayudando e imprime. La lista se guarda solo en este navegador y nunca se envía a ningún lado.',
    noScript:
      'Tu propia lista necesita JavaScript, que está desactivado. Las listas para imprimir por zona y por tema funcionan sin él:',
    empty:
      'Tu lista está vacía. Usa "Agregar a mi lista" en cualquier lista o página de un grupo o servicio.',
    loading: 'Cargando tu lista…',
    failed: 'No se pudo cargar tu lista. Revisa tu conexión y vuelve a cargar la página.',
    editHeading: 'Pon tu lista en orden',
    noteLabel: 'Una nota para la persona a quien ayudas (se imprime arriba)',
    moveUp: 'Subir',
    moveDown: 'Bajar',
    remove: 'Quitar',
    moved: (name: string, position: string, total: string) =>
      `${name} ahora está en el lugar ${position} de ${total}.`,
    removed: (name: string) => `Se quitó ${name}.`,
    clear: 'Vaciar mi lista',
    cleared: 'Tu lista está vacía.',
    count: (n: number) => plural(n, 'grupo o servicio', 'grupos o servicios'),
    previewHeading: 'Lo que se va a imprimir',
  },
  cost: {
    free: 'Gratis',
    donation: 'Gratis; se aceptan donaciones',
    fee: 'Con costo',
  },
  attendance: {
    in_person: 'En persona',
    online: 'En línea',
    hybrid: 'En persona y en línea',
  },
  ledBy: {
    peer: 'Pares con experiencia propia',
    professional: 'Personal profesional',
    'co-facilitated': 'Una persona con experiencia propia junto con personal profesional',
  },
  openTo: {
    anyone: 'Todas las personas son bienvenidas',
    'audience-only': 'Solo las personas a quienes está dirigido',
  },
  audiences: {
    anyone: 'Todas las personas afectadas',
    women: 'Mujeres',
    men: 'Hombres',
    lgbtq: 'Personas LGBTQ+',
    trans: 'Personas trans y no binarias',
    youth: 'Jóvenes',
    seniors: 'Personas mayores',
    'family-and-friends': 'Familiares y amistades',
    parents: 'Madres, padres y cuidadores',
    veterans: 'Veteranos',
    'people-of-colour': 'Personas de color',
    'deaf-and-hard-of-hearing': 'Personas sordas o con dificultad para oír',
    'justice-involved': 'Personas afectadas por el encarcelamiento',
    newcomers: 'Personas migrantes y refugiadas',
  },
  accessibility: {
    'step-free': 'Acceso sin escalones',
    'accessible-toilet': 'Baño accesible',
    'hearing-loop': 'Bucle magnético para audífonos',
    asl: 'Interpretación en lengua de señas (ASL)',
    captions: 'Subtítulos en vivo',
    'large-print': 'Letra grande',
    'quiet-space': 'Espacio tranquilo',
    'fragrance-free': 'Sin perfumes ni fragancias',
    childcare: 'Cuidado de niños',
    'service-animals': 'Se admiten animales de servicio',
    'accessible-parking': 'Estacionamiento accesible',
    'near-transit': 'Cerca del transporte público',
  },
  categories: {
    testing: 'Pruebas',
    clinic: 'Clínica',
    'mental-health-care': 'Atención de salud mental',
    'harm-reduction': 'Reducción de daños',
    'addiction-treatment': 'Tratamiento de adicciones',
    legal: 'Ayuda legal',
    housing: 'Vivienda',
    benefits: 'Beneficios y seguro médico',
    food: 'Alimentos',
    'crisis-line': 'Línea de crisis',
    employment: 'Empleo',
    'case-management': 'Manejo de casos',
    'reentry-support': 'Apoyo para la reintegración',
    'family-support': 'Apoyo familiar',
  },
  phoneTypes: {
    voice: 'Llamar',
    text: 'Mensaje de texto',
    tty: 'TTY',
    fax: 'Fax',
  },
  map: {
    nav: 'Mapa',
    title: 'Mapa',
    intro:
      'Todos los grupos y servicios que tienen un lugar al que puedes ir. Acerca el mapa a un número para ver qué hay ahí.',
    skipMap: 'Saltar el mapa e ir a la lista',
    filtersHeading: 'Filtrar el mapa',
    topic: 'Tema',
    kind: 'Grupos o servicios',
    day: 'Día en que se reúne o abre',
    language: 'Idioma',
    attendance: 'Cómo se reúne',
    any: 'Cualquiera',
    groups: 'Grupos',
    services: 'Servicios',
    inPerson: 'En persona',
    hybrid: 'En persona y en línea',
    apply: 'Aplicar filtros',
    clear: 'Quitar filtros',
    mapLabel: 'Mapa de grupos y servicios',
    listHeading: 'En el mapa',
    noScript:
      'El mapa y esta lista necesitan JavaScript. Todos los grupos y servicios también están en las listas de grupos y de servicios, por tema y por zona.',
    onMap: (n: number) => `${plural(n, 'lugar está', 'lugares están')} en el mapa.`,
    elsewhere: (online: number, onRequest: number) =>
      `No están en el mapa: ${[
        online > 0
          ? `${plural(online, 'grupo o servicio funciona', 'grupos o servicios funcionan')} solo en línea o por teléfono`
          : '',
        onRequest > 0
          ? `${plural(onRequest, 'grupo o servicio da', 'grupos o servicios dan')} su ubicación solo si se la pides`
          : '',
      ]
        .filter(Boolean)
        .join(' y ')}. Están en las listas:`,
    miniMapHeading: 'En un mapa',
    showMap: 'Mostrar en un mapa',
    miniMapNote: 'Al mostrar el mapa se cargan imágenes del proveedor de mapas.',
    directions: 'Cómo llegar (OpenStreetMap)',
    areaSearch: (area: string) => `Buscar la zona de ${area} en OpenStreetMap`,
    /** Leaflet's own controls and credit, which it would otherwise name in English on every page. */
    controls: {
      zoomIn: 'Acercar',
      zoomOut: 'Alejar',
      closePopup: 'Cerrar la ventana emergente',
      library: 'Una biblioteca de JavaScript para mapas interactivos',
    },
    /** Templates the map script fills in the browser: {n} a number, {name} a name, {area} an area. */
    client: {
      groupOne: '{n} grupo',
      groupOther: '{n} grupos',
      serviceOne: '{n} servicio',
      serviceOther: '{n} servicios',
      and: ' y ',
      mixed: '{n} lugares: {kinds}',
      clusterHint: 'Acerca el mapa para verlos',
      clusterListHeading: 'En este lugar',
      approximateName: '{name} (aproximado: zona de {area})',
      approximateNote:
        'Ubicación aproximada: se muestra en el centro de {area}. El lugar exacto no se publica.',
      group: 'Grupo',
      service: 'Servicio',
      paused: 'En pausa',
      count: 'Se muestran {shown} de {total}.',
      none: 'Nada en el mapa coincide con estos filtros.',
      showMore: 'Mostrar más',
      distance: 'a {distance}',
      aboutDistance: 'a unos {distance}',
      origin: 'Ordenado por distancia desde {origin}.',
      tilesFailed:
        'No se pudo cargar el fondo del mapa. Los marcadores y la lista de abajo siguen funcionando.',
      mapFailed: 'No se pudo cargar el mapa. Todos los lugares están en la lista de abajo.',
      loading: 'Cargando el mapa…',
      here: 'El punto desde el que se miden las distancias',
    },
  },
  nearMe: {
    heading: 'Cerca de ti',
    pageOnly:
      'Esto ordena solo lo que aparece en esta página de la lista. Para ver lo más cercano en todo el directorio, usa',
    pageOnlyLink: 'el mapa',
    locate: 'Usar mi ubicación',
    privacy:
      'Tu ubicación se queda en este dispositivo: las distancias se calculan en tu navegador y no se envía nada a ningún lado.',
    chooseArea: 'O elige una zona',
    chooseAreaPlaceholder: 'Elige una zona…',
    sort: 'Ordenar por distancia',
    reset: 'Volver al orden original',
    /** Templates the near-me script fills in the browser. */
    client: {
      locating: 'Buscando tu ubicación…',
      yourLocation: 'tu ubicación',
      denied:
        'Tu navegador no compartió tu ubicación, así que no se ordenó nada. Puedes elegir una zona, o permitir la ubicación para este sitio en la configuración de tu navegador.',
      unavailable:
        'Tu dispositivo no pudo encontrar su ubicación en este momento. Puedes elegir una zona, o intentarlo de nuevo.',
      unsupported: 'Este navegador no puede compartir una ubicación. Puedes elegir una zona.',
      sorted: 'Ordenado por distancia desde {origin}.',
      nearest: 'Lo más cercano a {origin}:',
      leftOut:
        'Fuera de este orden: {n} sin un lugar al que puedas ir (solo en línea, o con la ubicación solo a pedido).',
      leftOutNone: '',
      entryOne: '{n} grupo o servicio',
      entryOther: '{n} grupos o servicios',
      distance: 'a {distance}',
      aboutDistance: 'a unos {distance} (centro de la zona)',
      onlineLeftOut: 'No se incluyen los grupos solo en línea: puedes unirte a ellos desde cualquier lugar.',
      failed: 'No se pudo cargar la lista de lugares. Inténtalo de nuevo, o busca por zona.',
    },
  },
  guides: {
    title: 'Guías',
    intro: 'Guías prácticas para ir a un grupo, empezar uno y orientarte entre los servicios.',
    reviewed: 'Última revisión',
  },
  search: {
    title: 'Buscar',
    description: 'Busca entre todos los grupos y servicios por nombre, tema, zona, día, idioma y más.',
    label: 'Buscar grupos y servicios',
    headerLabel: 'Buscar en el directorio',
    placeholder: 'Por ejemplo: duelo en línea',
    submit: 'Buscar',
    filtersHeading: 'Afina los resultados',
    facets: {
      kind: 'Grupos o servicios',
      topic: 'Tema',
      area: 'Zona',
      day: 'Día',
      attendance: 'Cómo se reúne',
      language: 'Idioma',
      audience: 'Para quién es',
      cost: 'Costo',
      access: 'Accesibilidad',
    },
    kinds: { group: 'Grupos', service: 'Servicios', guide: 'Guías' },
    clearFilters: 'Quitar todos los filtros',
    loading: 'Buscando…',
    prompt: 'Escribe lo que buscas, o elige un filtro para ver todo lo que coincide con él.',
    count: (n: number) => (n === 0 ? 'Sin resultados' : `${plural(n, 'resultado', 'resultados')}`),
    showMore: 'Mostrar más resultados',
    noResults: 'Nada coincide con esta búsqueda.',
    noResultsFilters: 'Prueba a quitar un filtro, o usa menos palabras o palabras distintas.',
    noResultsWords:
      'Prueba con menos palabras o con otras distintas, o busca un tema en lugar del nombre completo de un diagnóstico.',
    browseInstead: 'O explora el directorio por tema:',
    failed: 'No se pudo cargar la búsqueda. Explora por tema, zona o día.',
    noScript:
      'La búsqueda mientras escribes necesita JavaScript, que está desactivado o bloqueado en este navegador. También puedes encontrar todo lo que hay en el directorio explorando:',
    soonHeading: 'Se reúnen pronto',
    soonNone: (hours: number) =>
      `Ningún grupo se reúne en ${hours === 1 ? 'la próxima hora' : `las próximas ${plural(hours, 'hora', 'horas')}`}. Mira los grupos por día.`,
    results: 'Resultados',
  },
  language: {
    switcher: 'Idioma',
    notTranslated: (shownIn: string) => `Todavía no está traducido al español: se muestra en ${shownIn}.`,
    inLanguage: (language: string) => `(en ${language})`,
    readIn: (language: string) => `Leer en ${language}`,
  },
  contentWarning: {
    label: 'Aviso sobre el contenido',
  },
  privacy: {
    factsHeading: 'Lo que hace esta copia del sitio',
    factsIntro:
      'El propio sitio escribe esta lista a partir de la configuración con la que funciona, así que siempre coincide con lo que el sitio hace de verdad.',
    cookies:
      'Sin cookies, sin cuentas y sin analíticas, contadores, píxeles de seguimiento, publicidad ni botones de "compartir".',
    ownFiles:
      'Todas las páginas, fuentes, scripts y estilos vienen de este sitio. Nada viene de un servicio de fuentes o de bibliotecas de código de otras personas.',
    otherHosts: (hosts: string, button: string) =>
      `El único otro servidor con el que tu navegador puede comunicarse es ${hosts}, para las imágenes del mapa (teselas): en la página del mapa, y en la página de un grupo o servicio después de presionar "${button}".`,
    noOtherHosts: 'Tu navegador no se comunica con ningún otro servidor: no hay mapas de otros sitios.',
    search:
      'La búsqueda funciona dentro de tu navegador, con un índice que se descarga de este sitio. Las palabras que escribes nunca se envían.',
    location: (button: string) =>
      `Tu ubicación se pide solo cuando presionas "${button}". Se usa dentro de tu navegador y nunca se envía a ningún lado.`,
    storage: (keys: string) =>
      `"Mi lista" y su nota, si haces una, se guardan solo en este navegador (como ${keys}) y nunca se envían.`,
    referrer: (policy: string) =>
      `Cuando sigues un enlace a otro sitio, tu navegador le dice la dirección de este sitio, nunca la página en la que estabas (política de referencia: ${policy}).`,
    quickExit: (host: string) =>
      `La salida rápida te lleva a ${host} y reemplaza esta página en el historial de tu navegador.`,
    policyHeading: 'La política de seguridad de cada página',
    policyIntro: 'Los navegadores se niegan a cargar o enviar cualquier cosa que esta política no permita:',
  },
  findPage: {
    title: 'Buscar un grupo o un servicio',
    intro:
      'Todo el directorio, filtrado como prefieras: lo que hay esta noche, cerca de un lugar, en tu idioma.',
    noScript:
      'Para buscar y filtrar hace falta JavaScript, que está desactivado o bloqueado en este navegador. Todos los grupos y servicios están también en estas listas:',
    cardsTitle: 'Tarjetas del buscador',
  },
  card: {
    areaOnly: (area: string) => `Zona de ${area} (no se publica el lugar exacto)`,
    onRequest: 'El lugar se da a quien lo pida',
    onRequestArea: (area: string) => `${area} · el lugar se da a quien lo pida`,
    remoteService: 'Por teléfono o en línea',
    languages: 'Idiomas',
    topics: 'Temas',
  },
  openData: {
    nav: 'Datos abiertos',
    title: 'Datos abiertos',
    summary:
      'Todo este directorio, en formatos estándar que otros sitios, aplicaciones y calendarios pueden leer.',
    intro:
      'Los archivos de abajo se escriben cada vez que se construye el sitio, con la misma información pública que sus páginas: un lugar que no es público en una página no está en ningún archivo.',
    licence: (name: string) => `Los datos se publican bajo la licencia ${name}.`,
    licenceLink: 'Leer la licencia',
    format: 'Formato',
    address: 'Dirección',
    alsoAt: 'También',
    includes: 'Qué contiene',
    leavesOut: 'Qué deja fuera',
    cannot: 'Qué no puede decir el formato',
    reuse: 'Otros sitios pueden leer los feeds directamente: se sirven a cualquier origen.',
    exports: {
      hsds: {
        name: 'HSDS 3.0 (JSON)',
        format:
          'Especificación de Datos de Servicios Humanos 3.0 de Open Referral, en archivos JSON con la forma de su API',
        includes: (c) =>
          `Cada entrada como un servicio: ${plural(c.groups ?? 0, 'grupo', 'grupos')} (marcados con el término de taxonomía “group”) y ${plural(c.services ?? 0, 'servicio', 'servicios')}, de ${plural(c.organizations ?? 0, 'organización', 'organizaciones')}. Cada uno tiene un identificador permanente.`,
        leavesOut: () =>
          'Nada. Los lugares que solo se conocen por su zona no tienen coordenadas ni dirección.',
        cannot:
          'Un lugar aproximado, y una zona horaria por su nombre (HSDS solo tiene un desfase fijo respecto a UTC, que sería incorrecto medio año con el horario de verano): las horas son locales, y la zona se nombra en la descripción del horario y en circles_timezone.',
      },
      tabular: {
        name: 'HSDS 3.0 (CSV)',
        format:
          'Un CSV por objeto de HSDS, con el descriptor Tabular Data Package de la especificación, también en un zip',
        includes: (c) =>
          `Las mismas ${plural((c.groups ?? 0) + (c.services ?? 0), 'entrada', 'entradas')} que el JSON, con las columnas en el orden de la especificación.`,
        leavesOut: () => 'Nada más de lo que deja fuera el JSON.',
        cannot: 'Nuestros propios campos (circles_…), que no tienen columna.',
      },
      meetingGuide: {
        name: 'Feed de Meeting Guide',
        format: 'El feed JSON de Meeting Guide, que leen la aplicación Meeting Guide y TSML UI',
        includes: (c) =>
          `${plural(c.meetings ?? 0, 'reunión semanal', 'reuniones semanales')} de ${plural(c.groups ?? 0, 'grupo', 'grupos')}, una por día de la semana.`,
        leavesOut: (c) =>
          `${plural(c.notWeekly ?? 0, 'grupo que se reúne', 'grupos que se reúnen')} solo cada dos semanas o cada mes, ${plural(c.rulesLeftOut ?? 0, 'otra reunión quincenal o mensual', 'otras reuniones quincenales o mensuales')}, ${plural(c.notMeeting ?? 0, 'grupo en pausa o cerrado', 'grupos en pausa o cerrados')}, ${plural(c.noPublicWayIn ?? 0, 'grupo que se reúne', 'grupos que se reúnen')} solo en un lugar que se da si lo pides (los buscadores de reuniones ${(c.noPublicWayIn ?? 0) === 1 ? 'lo mostrarían' : 'los mostrarían'} como inactivo${(c.noPublicWayIn ?? 0) === 1 ? '' : 's'}), y ${plural(c.services ?? 0, 'servicio', 'servicios')}.`,
        cannot:
          'Reuniones que no son semanales (el feed no puede decir “cada dos semanas” ni “el último viernes”), ni servicios. Los lugares que solo se conocen por su zona son aproximados y no tienen coordenadas.',
      },
      calendars: {
        name: 'Calendarios (iCalendar)',
        format: 'Un archivo .ics por grupo (en su página, “Añadir al calendario”) y uno por tema',
        includes: (c) =>
          `${plural(c.groups ?? 0, 'calendario de grupo', 'calendarios de grupo')} y ${plural(c.topics ?? 0, 'calendario de tema', 'calendarios de tema')}, con reuniones semanales, quincenales y mensuales en hora local.`,
        leavesOut: (c) =>
          `${plural(c.leftOut ?? 0, 'grupo en pausa o cerrado', 'grupos en pausa o cerrados')}, y el horario de los servicios.`,
        cannot: 'Un lugar aproximado: el calendario solo muestra el nombre de la zona, nunca un punto.',
      },
      geojson: {
        name: 'Lugares (GeoJSON)',
        format: 'GeoJSON (RFC 7946), para mapas',
        includes: (c) =>
          `${plural(c.places ?? 0, 'lugar', 'lugares')}; ${plural(c.approximate ?? 0, 'es aproximado', 'son aproximados')}: se muestran en el centro de la zona, marcados "approximate": true.`,
        leavesOut: (c) =>
          `${plural(c.leftOut ?? 0, 'entrada', 'entradas')} cuyo lugar se da si lo pides o que se reúnen solo en línea.`,
        cannot: 'Horarios y horas de reunión: sigue la url de cada lugar.',
      },
      jsonLd: {
        name: 'schema.org (JSON-LD)',
        format: 'JSON-LD en la página de cada grupo y servicio, para buscadores',
        includes: (c) =>
          `${plural(c.groups ?? 0, 'grupo', 'grupos')} como series de eventos y ${plural(c.services ?? 0, 'servicio', 'servicios')} como servicios.`,
        leavesOut: () => 'Direcciones y puntos de los lugares que no son públicos.',
        cannot:
          'Una reunión el último día de la semana del mes (schema.org cuenta las semanas solo desde el inicio del mes).',
      },
      sitemap: {
        name: 'Mapa del sitio',
        format: 'Sitemap XML, para buscadores',
        includes: () => 'Cada página en cada idioma.',
        leavesOut: () => 'Nada.',
        cannot: 'Nada más que las direcciones de las páginas.',
      },
    },
    place: {
      areaOnly: (area: string) => `Se reúne en ${area}; el lugar exacto se comparte si lo pides.`,
      onRequest: 'El lugar se da si lo pides: contacta al grupo.',
      onRequestIn: (area: string) => `En ${area}; el lugar se da si lo pides: contacta al grupo.`,
      online: 'En línea',
      alsoOnline: 'también en línea',
    },
    calendar: {
      heading: 'Añadir al calendario',
      download: 'Descargar el archivo de calendario (.ics)',
      subscribe: 'Suscribirte, para que los cambios lleguen a tu calendario',
      topicName: (topic: string, site: string) => `${topic} · ${site}`,
      join: (url: string) => `Unirte en línea: ${url}`,
      joinByPhone: (phone: string) => `Unirte por teléfono: ${phone}`,
      linkOnRequest: 'El enlace para unirte se envía si lo pides.',
      details: (url: string) => `Detalles y cambios: ${url}`,
    },
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'Esta página no existe. Es posible que el grupo o servicio se haya movido o haya cambiado de nombre.',
    search: 'Prueba la lista completa de grupos o de servicios, o explora por tema.',
  },
};
